package vn.dienhong.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the archive keeps of one meeting, read once so that the minutes, the data files and the
 * result sheets all tell the same story: who, when, what was presented, said, asked and decided.
 */
public record SessionRecord(Council council, Meeting meeting, int totalDelegates, List<OfficeHolder> presiding,
                            List<RecordedSitting> sittings, List<AgendaItem> agenda, List<Delegate> delegates,
                            List<RecordedDocument> documents, List<SpeakerRequest> speakers,
                            List<RecordedQuestion> questions, int opinionCount, List<Notice> notices,
                            List<RecordedVote> votes, String auditHead, OffsetDateTime exportedAt) {
    public SessionRecord {
        presiding = List.copyOf(presiding);
        sittings = List.copyOf(sittings);
        agenda = List.copyOf(agenda);
        delegates = List.copyOf(delegates);
        documents = List.copyOf(documents);
        speakers = List.copyOf(speakers);
        questions = List.copyOf(questions);
        notices = List.copyOf(notices);
        votes = List.copyOf(votes);
    }
}
