package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The quorum to open a session: two thirds of the TOTAL number of delegates by default, exact integers. */
class QuorumRuleTest {
    private final QuorumRule twoThirds = QuorumRule.parse("2/3");

    @Test
    void twoThirdsOfFiftyNeedsThirtyFour() {
        assertThat(twoThirds.required(50)).isEqualTo(34);
        assertThat(twoThirds.isReached(34, 50)).isTrue();
        assertThat(twoThirds.isReached(33, 50)).isFalse();
    }

    @ParameterizedTest(name = "2/3 of {0} needs {1}")
    @CsvSource({
            "30, 20", // divisible by 3: exactly two thirds is enough
            "31, 21", // 20.67 rounds up
            "32, 22", // 21.33 rounds up
            "3, 2",
            "1, 1",
            "85, 57",
            "500, 334"})
    void exactBoundaries(int total, int required) {
        assertThat(twoThirds.required(total)).isEqualTo(required);
        assertThat(twoThirds.isReached(required, total)).as("%d of %d", required, total).isTrue();
        assertThat(twoThirds.isReached(required - 1, total)).as("%d of %d", required - 1, total).isFalse();
    }

    @Test
    void requiredIsTheSmallestReachingCountForEveryCouncilSize() {
        for (String text : new String[] {"2/3", "1/2", "3/4", "1/1"}) {
            QuorumRule rule = QuorumRule.parse(text);
            for (int total = 1; total <= 1_000; total++) {
                int required = rule.required(total);
                assertThat(rule.isReached(required, total)).as("%s: %d of %d", text, required, total).isTrue();
                assertThat(rule.isReached(required - 1, total)).as("%s: %d of %d", text, required - 1, total)
                        .isFalse();
            }
        }
    }

    @Test
    void aCouncilWithoutDelegatesNeverHasAQuorum() {
        assertThat(twoThirds.isReached(0, 0)).isFalse();
        assertThat(twoThirds.isReached(5, 0)).isFalse();
    }

    @Test
    void parsesTheConfigFileNotation() {
        assertThat(QuorumRule.parse("2/3")).isEqualTo(new QuorumRule(2, 3));
        assertThat(QuorumRule.parse(" 1 / 2 ")).isEqualTo(new QuorumRule(1, 2));
        assertThat(QuorumRule.parse("2/3").toString()).isEqualTo("2/3");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"2:3", "4/3", "0/3", "2/0", "-1/3", "2/3/4", "", "two/three", "2/"})
    void malformedQuorumsAreRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> QuorumRule.parse(text));
    }
}
