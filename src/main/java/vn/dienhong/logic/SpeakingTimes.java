package vn.dienhong.logic;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import vn.dienhong.model.SpeakerKind;

/** How long each kind of speech may last, and how long before the end the speaker is warned. */
public record SpeakingTimes(Map<SpeakerKind, Duration> limits, Duration warning) {

    public SpeakingTimes {
        limits = Map.copyOf(limits);
        for (SpeakerKind kind : SpeakerKind.values()) {
            if (!limits.containsKey(kind) || limits.get(kind).isNegative() || limits.get(kind).isZero()) {
                throw new IllegalArgumentException("speaking time for " + kind + " must be positive");
            }
        }
        if (warning.isNegative()) {
            throw new IllegalArgumentException("speaking time warning must not be negative");
        }
    }

    /** Discussion 7 min, question 3 min, debate 3 min, point of order 2 min; warned 1 min before the end. */
    public static SpeakingTimes defaults() {
        Map<SpeakerKind, Duration> limits = new EnumMap<>(SpeakerKind.class);
        limits.put(SpeakerKind.DISCUSSION, Duration.ofMinutes(7));
        limits.put(SpeakerKind.QUESTION, Duration.ofMinutes(3));
        limits.put(SpeakerKind.DEBATE, Duration.ofMinutes(3));
        limits.put(SpeakerKind.POINT_OF_ORDER, Duration.ofMinutes(2));
        return new SpeakingTimes(limits, Duration.ofMinutes(1));
    }

    public Duration limit(SpeakerKind kind) {
        return limits.get(kind);
    }
}
