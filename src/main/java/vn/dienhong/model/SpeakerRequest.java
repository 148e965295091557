package vn.dienhong.model;

import java.time.OffsetDateTime;

/**
 * A delegate's request to speak, with its place in the queue; a question names its respondent, a
 * debate the request it replies to.
 */
public record SpeakerRequest(long id, long meetingId, long delegateId, String delegateName, String seat,
                             SpeakerKind kind, Long respondentId, String respondentName, Long replyToId, String topic,
                             SpeakerStatus status, int position, OffsetDateTime requestedAt,
                             OffsetDateTime startedAt, OffsetDateTime endedAt) {
}
