package vn.dienhong.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal thresholds, at their boundaries: ties, exactly half, two thirds, nobody present. */
class ThresholdTest {

    @ParameterizedTest(name = "{0} of {1} total (present {2}) → {3}")
    @CsvSource({
            "26, 50, 50, true",   // more than half of the total
            "25, 50, 50, false",  // exactly half is not more than half
            "25, 49, 30, true",   // odd total: 25 of 49
            "24, 49, 49, false",
            "26, 50, 26, true",   // measured against the total, not those present
            "20, 50, 30, false",  // a majority of those present is not enough
            "0, 50, 0, false",    // all absent
            "0, 0, 0, false"      // no delegates at all never passes
    })
    void majorityOfTotal(int approve, int total, int present, boolean passes) {
        assertThat(Threshold.MAJORITY_OF_TOTAL.isMet(approve, total, present)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "{0} of {1} total → {2}")
    @CsvSource({
            "34, 50, true",   // 34/50 = 68 % ≥ 2/3
            "33, 50, false",  // 66 % < 2/3
            "20, 30, true",   // exactly two thirds counts ("at least")
            "19, 30, false",
            "21, 31, true",   // 21/31 = 67.7 %
            "20, 31, false",  // 64.5 %
            "0, 0, false"
    })
    void twoThirdsOfTotal(int approve, int total, boolean passes) {
        assertThat(Threshold.TWO_THIRDS_OF_TOTAL.isMet(approve, total, total)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "{0} of {1} present → {2}")
    @CsvSource({
            "16, 30, true",
            "15, 30, false",  // a tie among those present fails
            "0, 0, false"     // nobody present
    })
    void majorityOfPresent(int approve, int present, boolean passes) {
        assertThat(Threshold.MAJORITY_OF_PRESENT.isMet(approve, 50, present)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "{0} of {1} = {2} %")
    @CsvSource({"45, 52, 86.54", "432, 494, 87.45", "1, 3, 33.33", "2, 3, 66.67", "0, 50, 0.0", "5, 0, 0.0"})
    void percentagesAreOfTheTotalRoundedToTwoDecimals(int count, int total, double percent) {
        assertThat(VoteResult.percentOfTotal(count, total)).isEqualTo(percent);
    }
}
