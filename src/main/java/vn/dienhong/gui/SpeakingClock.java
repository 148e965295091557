package vn.dienhong.gui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The speaker's countdown, worked out from when the turn started and the speaking time of its kind,
 * so the console shows the same time left as every tablet; a turn is never cut, so after the end
 * it counts the time over ("Quá giờ 00:12") for the chair to act on.
 */
final class SpeakingClock {
    /** Where the turn is: nobody speaking, time left, the last warning seconds, or over time. */
    enum Phase { NONE, RUNNING, WARNING, OVERTIME }

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.NONE);
    private final ReadOnlyIntegerWrapper seconds = new ReadOnlyIntegerWrapper();
    private final StringBinding text;
    private Instant endsAt;
    private Duration warning = Duration.ZERO;

    /** {@code clock} tells the time (a fixed clock in tests). */
    SpeakingClock(Clock clock, LanguageModel language) {
        this.clock = clock;
        this.text = language.bind(m -> switch (phase.get()) {
            case NONE -> "";
            case RUNNING, WARNING -> m.format("speaker.timeLeft", digits(seconds.get()));
            case OVERTIME -> m.format("speaker.overtime", digits(seconds.get()));
        }, phase, seconds);
    }

    /** Follows a turn that started at {@code startedAt} (null: nobody speaks) and may last {@code limit}. */
    void follow(OffsetDateTime startedAt, Duration limit, Duration warningBeforeEnd) {
        endsAt = startedAt == null || limit == null ? null : startedAt.toInstant().plus(limit);
        warning = warningBeforeEnd == null ? Duration.ZERO : warningBeforeEnd;
        tick();
    }

    /** Recomputes the time left from the clock; the view calls it several times a second. */
    void tick() {
        if (endsAt == null) {
            seconds.set(0);
            phase.set(Phase.NONE);
            return;
        }
        long millis = Duration.between(clock.instant(), endsAt).toMillis();
        if (millis >= 0) {
            // whole seconds rounded up: "00:01" until the very end, as a kitchen timer shows it
            seconds.set((int) ((millis + 999) / 1000));
            phase.set(seconds.get() <= warning.toSeconds() ? Phase.WARNING : Phase.RUNNING);
        } else {
            seconds.set((int) ((-millis + 999) / 1000));
            phase.set(Phase.OVERTIME);
        }
    }

    /** "02:05" for 125 seconds; minutes grow past 59 rather than wrap. */
    static String digits(int seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    /** "Thời gian còn lại: 02:15" or "Quá giờ 00:12"; empty while nobody speaks. */
    StringBinding text() {
        return text;
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Seconds left, or seconds over time in the OVERTIME phase. */
    ReadOnlyIntegerProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }
}
