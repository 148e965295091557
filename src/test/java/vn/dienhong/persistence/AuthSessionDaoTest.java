package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.Role;

/** Sessions are found by token hash only while they are unexpired and their account is active. */
class AuthSessionDaoTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 9, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    private Database db;
    private AuthSessionDao sessions;
    private long delegate;

    @BeforeEach
    void open() {
        db = Database.openInMemory();
        sessions = new AuthSessionDao(db.dsl());
        delegate = new AccountDao(db.dsl()).insert("db001", Role.DELEGATE, null, "Nguyễn Văn An", null, "h");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSessionIsValidUntilItExpires() {
        sessions.insert(hash('a'), delegate, NOW, NOW.plusHours(12));

        assertThat(sessions.findValidSession(hash('a'), NOW)).map(s -> s.account().username()).contains("db001");
        assertThat(sessions.findValidSession(hash('a'), NOW.plusHours(12).minusSeconds(1))).isPresent();
        assertThat(sessions.findValidSession(hash('a'), NOW.plusHours(12))).as("at expiry").isEmpty();
        assertThat(sessions.findValidSession(hash('b'), NOW)).as("unknown hash").isEmpty();
    }

    @Test
    void expiryIsComparedAsAnInstantWhateverTheOffset() {
        sessions.insert(hash('a'), delegate, NOW, NOW.plusHours(12));
        OffsetDateTime justBeforeInUtc = NOW.plusHours(12).minusSeconds(1).withOffsetSameInstant(ZoneOffset.UTC);
        assertThat(sessions.findValidSession(hash('a'), justBeforeInUtc)).isPresent();
        assertThat(sessions.findValidSession(hash('a'), justBeforeInUtc.plusSeconds(1))).isEmpty();
    }

    @Test
    void aDeactivatedAccountsSessionsAreNotValid() {
        sessions.insert(hash('a'), delegate, NOW, NOW.plusHours(12));
        db.dsl().execute("update account set active = false where id = ?", delegate);
        assertThat(sessions.findValidSession(hash('a'), NOW)).isEmpty();
    }

    @Test
    void deleteExpiredRemovesOnlyTheExpiredOnes() {
        long operator = new AccountDao(db.dsl()).insert("operator", Role.OPERATOR, null, "Kỹ thuật viên", null, "h");
        sessions.insert(hash('a'), delegate, NOW.minusHours(13), NOW.minusHours(1));
        sessions.insert(hash('b'), operator, NOW.minusHours(12), NOW);
        sessions.insert(hash('c'), delegate, NOW, NOW.plusHours(12));

        assertThat(sessions.deleteExpired(NOW)).isEqualTo(2);

        assertThat(sessions.findValidSession(hash('c'), NOW)).isPresent();
        assertThat(db.dsl().fetch("select token_hash from auth_session").getValues(0, String.class))
                .containsExactly(hash('c'));
        assertThat(sessions.deleteExpired(NOW)).isZero();
    }

    @Test
    void deleteAndDeleteAllOfEndSessions() {
        long operator = new AccountDao(db.dsl()).insert("operator", Role.OPERATOR, null, "Kỹ thuật viên", null, "h");
        sessions.insert(hash('a'), delegate, NOW, NOW.plusHours(12));
        sessions.insert(hash('b'), delegate, NOW, NOW.plusHours(12));
        sessions.insert(hash('c'), operator, NOW, NOW.plusHours(12));

        assertThat(sessions.delete(hash('a'))).isTrue();
        assertThat(sessions.delete(hash('a'))).isFalse();
        sessions.insert(hash('d'), delegate, NOW, NOW.plusHours(12));
        assertThat(sessions.deleteAllOf(delegate)).isEqualTo(2);
        assertThat(sessions.findValidSession(hash('b'), NOW)).isEmpty();
        assertThat(sessions.findValidSession(hash('d'), NOW)).isEmpty();
        assertThat(sessions.findValidSession(hash('c'), NOW)).map(s -> s.account().username()).contains("operator");
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }
}
