package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.model.SubjectOutcome.CONFIDENCE_KEPT;
import static vn.dienhong.model.SubjectOutcome.DISMISSAL_PROPOSED;
import static vn.dienhong.model.SubjectOutcome.ELECTED;
import static vn.dienhong.model.SubjectOutcome.MAY_RESIGN;
import static vn.dienhong.model.SubjectOutcome.NOT_ELECTED;
import static vn.dienhong.model.SubjectOutcome.NO_CONSEQUENCE;
import static vn.dienhong.model.SubjectOutcome.TIED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.Threshold;

/** Confidence and election outcomes at their legal boundaries, always against the total number of delegates. */
class OutcomeRulesTest {

    @ParameterizedTest(name = "{0} LOW of {1} → {2}")
    @CsvSource({
            "25, 50, NO_CONSEQUENCE",      // exactly half is not more than half
            "26, 50, MAY_RESIGN",          // more than half, under two thirds
            "33, 50, MAY_RESIGN",          // 66 % is still under two thirds
            "34, 50, DISMISSAL_PROPOSED",  // 68 %
            "20, 30, DISMISSAL_PROPOSED",  // exactly two thirds counts ("từ hai phần ba trở lên")
            "19, 30, MAY_RESIGN",
            "0, 50, NO_CONSEQUENCE",
            "0, 0, NO_CONSEQUENCE"         // no delegates: nothing follows
    })
    void confidenceRating(int low, int total, SubjectOutcome expected) {
        assertThat(OutcomeRules.rating(low, total)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} NO_CONFIDENCE of {1} → {2}")
    @CsvSource({"25, 50, CONFIDENCE_KEPT", "26, 50, DISMISSAL_PROPOSED", "25, 49, DISMISSAL_PROPOSED",
            "24, 49, CONFIDENCE_KEPT", "0, 0, CONFIDENCE_KEPT"})
    void confidenceVote(int noConfidence, int total, SubjectOutcome expected) {
        assertThat(OutcomeRules.confidenceVote(noConfidence, total)).isEqualTo(expected);
    }

    @Test
    void electionTakesTheBestPlacedWhoMeetTheThreshold() {
        // 50 delegates, 2 seats: 40 and 30 are elected; 28 meets the threshold but places third
        assertThat(OutcomeRules.election(List.of(30, 28, 40, 10), 2, Threshold.MAJORITY_OF_TOTAL, 50, 50))
                .containsExactly(ELECTED, NOT_ELECTED, ELECTED, NOT_ELECTED);
    }

    @Test
    void electionLeavesASeatEmptyWhenTooFewMeetTheThreshold() {
        // exactly half of the total is not enough
        assertThat(OutcomeRules.election(List.of(26, 25, 24), 2, Threshold.MAJORITY_OF_TOTAL, 50, 50))
                .containsExactly(ELECTED, NOT_ELECTED, NOT_ELECTED);
    }

    @Test
    void aTieForTheLastSeatElectsNoneOfTheTied() {
        assertThat(OutcomeRules.election(List.of(40, 30, 30, 27), 2, Threshold.MAJORITY_OF_TOTAL, 50, 50))
                .containsExactly(ELECTED, TIED, TIED, NOT_ELECTED);
        // a tie that fits within the seats elects both
        assertThat(OutcomeRules.election(List.of(30, 30, 20), 2, Threshold.MAJORITY_OF_TOTAL, 50, 50))
                .containsExactly(ELECTED, ELECTED, NOT_ELECTED);
    }

    @Test
    void electionWithNobodyVotingElectsNobody() {
        assertThat(OutcomeRules.election(List.of(0, 0), 1, Threshold.MAJORITY_OF_TOTAL, 50, 0))
                .containsExactly(NOT_ELECTED, NOT_ELECTED);
    }
}
