package vn.dienhong.model;

import java.time.OffsetDateTime;

/** A written opinion a delegate sent to the chair's inbox (ý kiến gửi chủ tọa). */
public record Opinion(long id, long meetingId, long delegateId, String delegateName, String text, OpinionStatus status,
                      OffsetDateTime sentAt, OffsetDateTime handledAt) {
}
