package vn.dienhong.logic;

import java.time.Duration;
import java.util.Locale;

/** The council's and the hall's configurable rules, read once at start from config/dienhong.properties. */
public record HallSettings(String hallName, QuorumRule quorum, String defaultThreshold,
                           boolean allowMajorityOfPresent, boolean allowBallotChange, Locale language,
                           Duration sessionLifetime, int failuresPerAddressPerHour, int failuresPerAccountPerHour,
                           int pbkdf2Iterations, SpeakingTimes speakingTimes,
                           DocumentSettings documents) {

    /** The defaults of config/dienhong.properties, for tests and embedding. */
    public static HallSettings defaults() {
        return new HallSettings("Hội trường HĐND tỉnh", QuorumRule.parse("2/3"), "MAJORITY_OF_TOTAL", false, false,
                Locale.forLanguageTag("vi"), Duration.ofHours(12), 10, 100, PinHasher.MIN_ITERATIONS, SpeakingTimes.defaults(),
                DocumentSettings.defaults());
    }

    /** The same settings with a cheaper PIN hash: only for tests, where hundreds of hashes would take minutes. */
    public HallSettings withPbkdf2Iterations(int iterations) {
        return new HallSettings(hallName, quorum, defaultThreshold, allowMajorityOfPresent, allowBallotChange,
                language, sessionLifetime, failuresPerAddressPerHour, failuresPerAccountPerHour, iterations, speakingTimes,
                documents);
    }
}
