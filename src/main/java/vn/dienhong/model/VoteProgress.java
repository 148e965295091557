package vn.dienhong.model;

import java.util.List;

/**
 * How far a vote has come: how many have voted of how many present and in total, and for open
 * votes who has not voted yet (always empty for a secret ballot, which shows counts only).
 */
public record VoteProgress(long voteId, int voted, int present, int total, List<String> notVoted) {
    public VoteProgress {
        notVoted = List.copyOf(notVoted);
    }
}
