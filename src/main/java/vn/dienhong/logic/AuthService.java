package vn.dienhong.logic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import vn.dienhong.model.Account;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.AuthSessionDao;
import vn.dienhong.persistence.Database;

/**
 * Logs people in with username and PIN and recognises them afterwards by their session token;
 * callers run it on the worker pool because each PIN check deliberately costs hundreds of milliseconds.
 */
public final class AuthService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountDao accounts;
    private final AuthSessionDao sessions;
    private final PinHasher hasher;
    private final LoginThrottle throttle;
    private final HallSettings settings;
    private final Clock clock;
    private final String dummyHash;
    private final SessionCache cache;

    public AuthService(Database db, HallSettings settings, Clock clock) {
        this.accounts = new AccountDao(db.dsl());
        this.sessions = new AuthSessionDao(db.dsl());
        this.hasher = new PinHasher(settings.pbkdf2Iterations());
        this.throttle = new LoginThrottle(clock, settings.failuresPerAddressPerHour(),
                settings.failuresPerAccountPerHour());
        this.settings = settings;
        this.clock = clock;
        this.dummyHash = hasher.hash("no account has this PIN");
        this.cache = new SessionCache(clock);
    }

    /** Checks a PIN and opens a session; blocking for a few hundred milliseconds by design, so call it from a worker. */
    public LoginResult login(String username, String pin, String address) {
        Optional<java.time.Duration> wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            return new LoginResult.Throttled(wait.get());
        }
        Optional<AccountDao.Credentials> found = accounts.credentials(username);
        // An unknown name costs as much as a wrong PIN, so timing does not reveal which names exist.
        boolean matches = hasher.verify(pin, found.map(AccountDao.Credentials::pinHash).orElse(dummyHash));
        if (found.isEmpty() || !matches || !found.get().account().active()) {
            throttle.failed(username, address);
            return new LoginResult.WrongCredentials();
        }
        throttle.succeeded(username, address);
        String token = newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(settings.sessionLifetime());
        sessions.insert(hashOf(token), found.get().account().id(), now, expires);
        return new LoginResult.Success(token, found.get().account(), expires);
    }

    /** The account behind a session token, if the session exists and is still valid; call off the event loop. */
    public Optional<Account> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hashOf(token);
        return cache.account(hash, now -> sessions.findValidSession(hash, now));
    }

    public boolean logout(String token) {
        cache.forget(hashOf(token));
        return sessions.delete(hashOf(token));
    }

    /** Ends every session of an account, for the operator who takes a tablet away from someone. */
    public int endAllSessions(long accountId) {
        cache.forgetAccount(accountId);
        return sessions.deleteAllOf(accountId);
    }

    public PinHasher hasher() {
        return hasher;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
