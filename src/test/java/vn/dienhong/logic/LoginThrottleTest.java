package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are slowed per account and address (10 an hour), and an account under attack from
 * many addresses (100 an hour) stays open to the addresses its owner has used before.
 */
class LoginThrottleTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-09T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 10, 100);

    @Test
    void theShippedSettingsAreTenPerAddressAndAHundredPerAccount() {
        assertThat(HallSettings.defaults().failuresPerAddressPerHour()).isEqualTo(10);
        assertThat(HallSettings.defaults().failuresPerAccountPerHour()).isEqualTo(100);
    }

    @Test
    void tenFailuresFromOneAddressMakeThatAddressWaitAtMostAnHour() {
        failLogins("db007", "10.0.0.21", 9);
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).as("after 9 failures").isEmpty();

        failLogins("db007", "10.0.0.21", 1);
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(HOUR));
    }

    @Test
    void anotherAddressAndAnotherAccountCanStillTry() {
        failLogins("db007", "10.0.0.21", 10);
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).isPresent();
        assertThat(throttle.waitBefore("db007", "10.0.0.22")).isEmpty();
        assertThat(throttle.waitBefore("db008", "10.0.0.21")).isEmpty();
    }

    @Test
    void theWaitEndsWhenTheOldestFailureIsAnHourOld() {
        failLogins("db007", "10.0.0.21", 10);
        clock.advance(Duration.ofMinutes(59));
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).isEmpty();
    }

    @Test
    void failuresSpreadOverTimeCountOnlyWithinTheLastHour() {
        for (int i = 0; i < 10; i++) {
            failLogins("db007", "10.0.0.21", 1);
            clock.advance(Duration.ofMinutes(5));
        }
        // the first failure was 50 minutes ago: it leaves the window in 10 minutes
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).contains(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).as("only 9 failures in the last hour").isEmpty();
        failLogins("db007", "10.0.0.21", 1);
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).contains(Duration.ofMinutes(5));
    }

    @Test
    void anAccountUnderAttackStaysOpenToTheAddressesItsOwnerUsedBefore() {
        // the delegate's tablet logged in yesterday
        throttle.succeeded("db012", "10.0.0.12");
        clock.advance(Duration.ofDays(1));
        // 100 guesses from 100 different addresses, none of which is throttled on its own
        for (int i = 1; i <= 100; i++) {
            failLogins("db012", "10.0.1." + i, 1);
        }

        assertThat(throttle.waitBefore("db012", "10.0.9.9")).as("a never-seen address").hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(HOUR));
        assertThat(throttle.waitBefore("db012", "10.0.0.12")).as("the delegate's own tablet").isEmpty();
        assertThat(throttle.waitBefore("db013", "10.0.9.9")).as("another delegate").isEmpty();

        clock.advance(HOUR);
        assertThat(throttle.waitBefore("db012", "10.0.9.9")).as("an hour after the attack").isEmpty();
    }

    @Test
    void ninetyNineFailuresAcrossAddressesDoNotCloseTheAccount() {
        for (int i = 1; i <= 99; i++) {
            failLogins("db012", "10.0.1." + i, 1);
        }
        assertThat(throttle.waitBefore("db012", "10.0.9.9")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsThatAddressesFailures() {
        failLogins("db007", "10.0.0.21", 9);
        throttle.succeeded("db007", "10.0.0.21");
        failLogins("db007", "10.0.0.21", 9);
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).as("9 failures since the success").isEmpty();
        failLogins("db007", "10.0.0.21", 1);
        assertThat(throttle.waitBefore("db007", "10.0.0.21")).isPresent();
    }

    private void failLogins(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
