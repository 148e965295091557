package vn.dienhong.logic;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.dienhong.model.Account;
import vn.dienhong.persistence.AuthSessionDao;

/**
 * Remembers valid sessions for a minute, so the tablets' every request (a page of a PDF, a ballot)
 * does not read the session from the database again; a logout forgets at once, and an entry never
 * outlives its session.
 */
final class SessionCache {
    /** How long a checked session is believed without asking the database again (an account disabled meanwhile). */
    static final Duration TRUST = Duration.ofMinutes(1);
    private record Entry(Account account, OffsetDateTime until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    SessionCache(Clock clock) {
        this.clock = clock;
    }

    /** The session's account, from memory while trusted, else from {@code lookup} (which it then remembers). */
    Optional<Account> account(String tokenHash, Function<OffsetDateTime, Optional<AuthSessionDao.Session>> lookup) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Entry known = entries.get(tokenHash);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.account());
        }
        entries.remove(tokenHash);
        Optional<AuthSessionDao.Session> found = lookup.apply(now);
        found.ifPresent(s -> {
            OffsetDateTime trusted = now.plus(TRUST);
            entries.put(tokenHash, new Entry(s.account(), s.expiresAt().isBefore(trusted) ? s.expiresAt() : trusted));
        });
        return found.map(AuthSessionDao.Session::account);
    }

    void forget(String tokenHash) {
        entries.remove(tokenHash);
    }

    void forgetAccount(long accountId) {
        entries.values().removeIf(e -> e.account().id() == accountId);
    }
}
