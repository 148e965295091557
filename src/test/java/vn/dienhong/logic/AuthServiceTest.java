package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;

/** Login with username and PIN, sessions recognised by token, ended by logout, expiry or the operator. */
class AuthServiceTest {
    private static final HallSettings SETTINGS = TestHall.settings();
    @TempDir
    static Path files;
    private static Database db;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-09T01:00:00Z"));
    private final AuthService auth = new AuthService(db, SETTINGS, clock);

    @BeforeAll
    static void seed() {
        db = Database.openInMemory();
        new DemoSeeder(db, new FileStore(files), new PinHasher(TestHall.TEST_ITERATIONS))
                .seedIfEmpty(5, LocalDate.of(2026, 12, 9));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aDelegateLogsInWithAnUnguessableTokenThatIdentifiesThem() {
        LoginResult.Success success = success(auth.login("db001", DemoSeeder.DELEGATE_PIN, "10.0.0.11"));

        assertThat(success.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(success.token())).hasSize(32);
        assertThat(success.account().username()).isEqualTo("db001");
        assertThat(success.account().role()).isEqualTo(Role.DELEGATE);
        assertThat(success.expiresAt().toInstant()).isEqualTo(clock.instant().plus(SETTINGS.sessionLifetime()));
        assertThat(auth.authenticate(success.token())).map(Account::username).contains("db001");

        LoginResult.Success again = success(auth.login("db001", DemoSeeder.DELEGATE_PIN, "10.0.0.11"));
        assertThat(again.token()).isNotEqualTo(success.token());
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        String token = success(auth.login("db002", DemoSeeder.DELEGATE_PIN, "10.0.0.12")).token();
        String sha256 = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));

        List<String> stored = db.dsl().fetch("select token_hash from auth_session").getValues(0, String.class);
        assertThat(stored).contains(sha256).doesNotContain(token);
        assertThat(count("select count(*) from auth_session where token_hash like ?", "%" + token + "%")).isZero();
    }

    @Test
    void aSessionEndsWhenItsLifetimeIsOver() {
        String token = success(auth.login("db003", DemoSeeder.DELEGATE_PIN, "10.0.0.13")).token();
        assertThat(auth.authenticate(token)).as("remembered, but never past its end").isPresent();
        clock.advance(SETTINGS.sessionLifetime().minusSeconds(1));
        assertThat(auth.authenticate(token)).as("one second before expiry").isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(auth.authenticate(token)).as("at expiry").isEmpty();
    }

    @Test
    void logoutEndsTheSession() {
        String token = success(auth.login("db004", DemoSeeder.DELEGATE_PIN, "10.0.0.14")).token();
        assertThat(auth.authenticate(token)).as("checked once, so remembered").isPresent();
        assertThat(auth.logout(token)).isTrue();
        assertThat(auth.authenticate(token)).isEmpty();
        assertThat(auth.logout(token)).as("a second logout finds nothing").isFalse();
    }

    @Test
    void theOperatorEndsEverySessionOfOneAccountAndNoOtherOnes() {
        LoginResult.Success tablet = success(auth.login("chair", "chair-demo", "10.0.0.20"));
        String display = success(auth.login("chair", "chair-demo", "127.0.0.1")).token();
        String other = success(auth.login("db005", DemoSeeder.DELEGATE_PIN, "10.0.0.15")).token();
        assertThat(auth.authenticate(tablet.token())).as("checked once, so remembered").isPresent();
        assertThat(auth.authenticate(other)).isPresent();

        assertThat(auth.endAllSessions(tablet.account().id())).isEqualTo(2);
        assertThat(auth.authenticate(tablet.token())).isEmpty();
        assertThat(auth.authenticate(display)).isEmpty();
        assertThat(auth.authenticate(other)).isPresent();
    }

    @Test
    void wrongPinsAndUnknownNamesGetTheSameAnswer() {
        assertThat(auth.login("db001", "000000", "10.0.0.30")).isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(auth.login("db999", DemoSeeder.DELEGATE_PIN, "10.0.0.30"))
                .isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(auth.login("", DemoSeeder.DELEGATE_PIN, "10.0.0.30"))
                .isInstanceOf(LoginResult.WrongCredentials.class);
    }

    @Test
    void forgedOrOddTokensIdentifyNobody() {
        assertThat(auth.authenticate(null)).isEmpty();
        assertThat(auth.authenticate("")).isEmpty();
        assertThat(auth.authenticate("A".repeat(43))).isEmpty();
        assertThat(auth.authenticate("A".repeat(5_000))).isEmpty();
    }

    @Test
    void aDeactivatedAccountCannotLogInAndItsSessionsStopWorking() {
        String token = success(auth.login("secretary", "secretary-demo", "127.0.0.1")).token();
        setActive("secretary", false);
        try {
            assertThat(auth.login("secretary", "secretary-demo", "127.0.0.1"))
                    .isInstanceOf(LoginResult.WrongCredentials.class);
            assertThat(auth.authenticate(token)).isEmpty();
        } finally {
            setActive("secretary", true);
        }
    }
    @Test
    void anAccountWithADamagedPinHashCannotLogInButNothingBreaks() {
        String original = db.dsl().fetchValue("select pin_hash from account where username = 'guest'").toString();
        db.dsl().execute("update account set pin_hash = ? where username = 'guest'", "pbkdf2-sha256$1000$***$***");
        try {
            LoginResult result;
            try {
                result = auth.login("guest", "guest-demo", "10.0.0.50");
            } catch (RuntimeException e) {
                throw new AssertionError("login threw instead of refusing the credentials: " + e, e);
            }
            assertThat(result).isInstanceOf(LoginResult.WrongCredentials.class);
        } finally {
            db.dsl().execute("update account set pin_hash = ? where username = 'guest'", original);
        }
    }

    @Test
    void tenWrongPinsFromOneAddressAreThrottledEvenWithTheRightPinNext() {
        for (int i = 0; i < SETTINGS.failuresPerAddressPerHour(); i++) {
            assertThat(auth.login("archivist", "000000", "10.0.0.40")).isInstanceOf(LoginResult.WrongCredentials.class);
        }
        assertThat(auth.login("archivist", "archivist-demo", "10.0.0.40")).isInstanceOf(LoginResult.Throttled.class);
        assertThat(auth.login("archivist", "archivist-demo", "127.0.0.1")).isInstanceOf(LoginResult.Success.class);
    }

    private static int count(String sql, Object... bindings) {
        return ((Number) db.dsl().fetchValue(sql, bindings)).intValue();
    }

    private static void setActive(String username, boolean active) {
        assertThat(db.dsl().execute("update account set active = ? where username = ?", active, username)).isOne();
    }

    private static LoginResult.Success success(LoginResult result) {
        assertThat(result).isInstanceOf(LoginResult.Success.class);
        return (LoginResult.Success) result;
    }
}
