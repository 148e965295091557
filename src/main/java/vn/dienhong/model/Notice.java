package vn.dienhong.model;

import java.time.OffsetDateTime;

/** A notice the operator broadcast to every tablet (thông báo). */
public record Notice(long id, long meetingId, String text, OffsetDateTime postedAt) {
}
