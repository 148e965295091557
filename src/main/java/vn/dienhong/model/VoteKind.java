package vn.dienhong.model;

import java.util.List;

/** What a vote decides, and so which choices a ballot may carry. */
public enum VoteKind {
    /** Tán thành / Không tán thành / Không biểu quyết. */
    RESOLUTION(List.of("APPROVE", "REJECT", "ABSTAIN")),
    /** Lấy phiếu tín nhiệm: one row per official, three levels. */
    CONFIDENCE_RATING(List.of("HIGH", "CONFIDENT", "LOW")),
    /** Bỏ phiếu tín nhiệm: two levels. */
    CONFIDENCE_VOTE(List.of("CONFIDENT", "NO_CONFIDENCE")),
    /** Bầu: each candidate chosen or not, at most N chosen. */
    ELECTION(List.of("SELECTED", "NOT_SELECTED"));

    private final List<String> choices;

    VoteKind(List<String> choices) {
        this.choices = choices;
    }

    public List<String> choices() {
        return choices;
    }

    /** Whether a ballot carries one mark per official or candidate rather than a single choice. */
    public boolean hasSubjects() {
        return this != RESOLUTION;
    }
}
