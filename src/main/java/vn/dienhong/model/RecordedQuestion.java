package vn.dienhong.model;

import java.time.OffsetDateTime;

/** A question (chất vấn) put to an official, spoken or written, and when it was answered. */
public record RecordedQuestion(long id, String delegateName, String respondentName, String text, boolean written,
                               OffsetDateTime askedAt, OffsetDateTime answeredAt) {
}
