package vn.dienhong.logic;

import java.util.List;
import java.util.Optional;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;

/**
 * Checks what a ballot carries against its vote: one known choice for a resolution; for a confidence
 * rating, confidence vote or election exactly one known mark per official or candidate, in the
 * vote's order, and no more candidates chosen than there are seats.
 */
final class BallotMarks {
    private BallotMarks() {
    }

    /** Why these marks do not fit the vote, or empty when they do. */
    static Optional<CastResult.Reason> problem(Vote vote, List<String> marks) {
        int expected = vote.kind().hasSubjects() ? vote.subjects().size() : 1;
        if (marks.size() != expected || !vote.kind().choices().containsAll(marks)) {
            return Optional.of(CastResult.Reason.UNKNOWN_CHOICE);
        }
        if (vote.kind() == VoteKind.ELECTION && marks.stream().filter("SELECTED"::equals).count() > vote.maxChoices()) {
            return Optional.of(CastResult.Reason.TOO_MANY_SELECTED);
        }
        return Optional.empty();
    }
}
