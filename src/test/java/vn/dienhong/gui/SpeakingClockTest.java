package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The speaker's countdown on a clock the test moves: time left, the warning before the end, time over. */
class SpeakingClockTest {
    private static final OffsetDateTime STARTED = OffsetDateTime.of(2026, 12, 9, 8, 30, 0, 0, ZoneOffset.ofHours(7));
    private final MovableClock time = new MovableClock(STARTED.toInstant());
    private final LanguageModel language = new LanguageModel(Locale.forLanguageTag("vi"));
    private final SpeakingClock clock = new SpeakingClock(time, language);

    @Test
    void nobodySpeakingShowsNothing() {
        clock.follow(null, null, Duration.ofMinutes(1));
        assertThat(clock.text().get()).isEmpty();
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.NONE);
    }

    @Test
    void countsDownTheTimeLeftRoundedUpToWholeSeconds() {
        clock.follow(STARTED, Duration.ofMinutes(3), Duration.ofMinutes(1));
        assertThat(clock.text().get()).isEqualTo("Thời gian còn lại: 03:00");
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.RUNNING);

        time.at(STARTED.plusSeconds(44).plusNanos(300_000_000));
        clock.tick();
        assertThat(clock.text().get()).isEqualTo("Thời gian còn lại: 02:16");
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.RUNNING);
    }

    @Test
    void warnsInTheLastWarningSeconds() {
        clock.follow(STARTED, Duration.ofMinutes(3), Duration.ofMinutes(1));
        time.at(STARTED.plusSeconds(119));
        clock.tick();
        assertThat(clock.text().get()).isEqualTo("Thời gian còn lại: 01:01");
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.RUNNING);

        time.at(STARTED.plusSeconds(120));
        clock.tick();
        assertThat(clock.text().get()).isEqualTo("Thời gian còn lại: 01:00");
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.WARNING);

        time.at(STARTED.plusSeconds(180));
        clock.tick();
        assertThat(clock.text().get()).as("the very end is still time left").isEqualTo("Thời gian còn lại: 00:00");
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.WARNING);
    }

    @Test
    void countsTheTimeOverAfterTheEndInBothLanguages() {
        clock.follow(STARTED, Duration.ofMinutes(3), Duration.ofMinutes(1));
        time.at(STARTED.plusSeconds(192));
        clock.tick();
        assertThat(clock.text().get()).isEqualTo("Quá giờ 00:12");
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.OVERTIME);
        assertThat(clock.secondsProperty().get()).isEqualTo(12);

        language.toggle();
        assertThat(clock.text().get()).isEqualTo("Over time 00:12");
        time.at(STARTED.plusSeconds(180 + 3725));
        clock.tick();
        assertThat(clock.text().get()).as("minutes grow past an hour").isEqualTo("Over time 62:05");
    }

    @Test
    void aNewTurnStartsAgainAndTheEndOfATurnClearsTheClock() {
        clock.follow(STARTED, Duration.ofMinutes(3), Duration.ofMinutes(1));
        time.at(STARTED.plusSeconds(200));
        clock.tick();
        assertThat(clock.phaseProperty().get()).isEqualTo(SpeakingClock.Phase.OVERTIME);

        clock.follow(STARTED.plusSeconds(200), Duration.ofMinutes(7), Duration.ofMinutes(1));
        assertThat(clock.text().get()).isEqualTo("Thời gian còn lại: 07:00");
        clock.follow(null, null, Duration.ofMinutes(1));
        assertThat(clock.text().get()).isEmpty();
    }

    /** A clock that stays where the test puts it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void at(OffsetDateTime moment) {
            now = moment.toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(7);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
