package vn.dienhong.model;

import java.util.List;
import java.util.Map;

/**
 * The counted result of a vote, measured against the total number of delegates as the law requires;
 * percentages are of the total, rounded to two decimals for display only. A resolution has its three
 * counts and {@code passed}; a confidence rating, confidence vote or election has one line per
 * official or candidate in {@code subjects}, each with its own outcome ({@code passed} is then false);
 * {@code maxChoices} is the number of seats of an election (1 otherwise).
 */
public record VoteResult(long voteId, VoteKind kind, int approve, int reject, int abstain, int voted, int total,
                         int present, Threshold threshold, boolean passed, List<SubjectResult> subjects,
                         int maxChoices) {

    public VoteResult {
        subjects = List.copyOf(subjects);
    }

    /** Delegates who cast no ballot at all (absent, or present and silent). */
    public int notVoted() {
        return total - voted;
    }

    /** Percentage of the total number of delegates, e.g. 45 of 52 → 86.54. */
    public static double percentOfTotal(int count, int total) {
        return total == 0 ? 0 : Math.round(count * 10000.0 / total) / 100.0;
    }

    public Map<String, Integer> counts() {
        return Map.of("APPROVE", approve, "REJECT", reject, "ABSTAIN", abstain);
    }
}
