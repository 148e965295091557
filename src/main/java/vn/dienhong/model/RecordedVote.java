package vn.dienhong.model;

import java.util.List;

/**
 * A vote as the record keeps it: the vote, its counted result (null unless closed), each delegate's
 * choice for an open vote (always empty for a secret ballot) and the audit head hash printed at close.
 */
public record RecordedVote(Vote vote, VoteResult result, List<DelegateChoice> choices, String auditHead) {
    public RecordedVote {
        choices = List.copyOf(choices);
    }
}
