package vn.dienhong.model;

import java.time.OffsetDateTime;

/** A half-day sitting of a meeting (phiên họp); attendance is kept per sitting. */
public record Sitting(long id, long meetingId, int ordinal, String title, OffsetDateTime startsAt) {
}
