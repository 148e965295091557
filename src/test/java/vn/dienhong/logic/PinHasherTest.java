package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dienhong.TestHall;

/** PINs are stored as salted PBKDF2 hashes that a copy of the database cannot turn back into PINs. */
class PinHasherTest {
    private final PinHasher hasher = new PinHasher(TestHall.TEST_ITERATIONS);

    @Test
    void theRightPinMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("246810");
        assertThat(hasher.verify("246810", stored)).isTrue();
        assertThat(hasher.verify("246811", stored)).isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
        assertThat(hasher.verify("2468100", stored)).isFalse();
    }

    @Test
    void theSamePinHashesDifferentlyEachTime() {
        String first = hasher.hash("246810");
        String second = hasher.hash("246810");
        assertThat(first).isNotEqualTo(second);
        assertThat(salt(first)).isNotEqualTo(salt(second));
        assertThat(hasher.verify("246810", first)).isTrue();
        assertThat(hasher.verify("246810", second)).isTrue();
    }

    @Test
    void theStoredHashNamesItsAlgorithmAndIterationCount() {
        String stored = hasher.hash("246810");
        assertThat(stored).doesNotContain("246810");
        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    /** The only test that pays for the production iteration count (about half a second per hash). */
    @Test
    void theShippedSettingsUseAtLeastOwaspsIterationCount() {
        assertThat(PinHasher.MIN_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        int shipped = HallSettings.defaults().pbkdf2Iterations();
        assertThat(shipped).isGreaterThanOrEqualTo(PinHasher.MIN_ITERATIONS);
        PinHasher production = new PinHasher(shipped);
        String stored = production.hash("246810");
        assertThat(stored).startsWith("pbkdf2-sha256$" + shipped + "$");
        assertThat(production.verify("246810", stored)).isTrue();
    }

    @Test
    void aHashMadeWithAnOlderIterationCountStillVerifiesAfterTheCountIsRaised() {
        String old = new PinHasher(1_000).hash("246810");
        PinHasher raised = new PinHasher(2_000);
        assertThat(raised.verify("246810", old)).isTrue();
        assertThat(raised.verify("135790", old)).isFalse();
        assertThat(raised.hash("246810")).startsWith("pbkdf2-sha256$2000$");
    }

    // A damaged PIN_HASH row must mean "wrong PIN" for that account, not a crash of the login call (HTTP 500).
    // FAILS for cases 6-11 (bug in main code): PinHasher.verify parses the stored string without guarding it, so
    // a non-numeric or non-positive iteration count, non-Base64 salt/hash or an empty salt throw
    // NumberFormatException / IllegalArgumentException out of verify (and out of AuthService.login).
    @ParameterizedTest(name = "[{index}] \"{0}\" is no match")
    @ValueSource(strings = {
            "",
            "246810",
            "bcrypt$10$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
            "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$***not base64***$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$***",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$$aGFzaA"})
    void aMalformedStoredHashIsNoMatchNotAnException(String stored) {
        boolean matches;
        try {
            matches = hasher.verify("246810", stored);
        } catch (RuntimeException e) {
            throw new AssertionError("verify threw instead of answering \"no match\": " + e, e);
        }
        assertThat(matches).isFalse();
    }

    private static String salt(String stored) {
        return stored.split("\\$")[2];
    }
}
