package vn.dienhong.logic;

import java.time.Duration;
import java.time.OffsetDateTime;
import vn.dienhong.model.Account;

/** What a login attempt came to: a session, wrong credentials, or "wait before trying again". */
public sealed interface LoginResult {

    /** A new session; {@code token} is shown to the tablet once and stored only as a hash. */
    record Success(String token, Account account, OffsetDateTime expiresAt) implements LoginResult {
    }

    record WrongCredentials() implements LoginResult {
    }

    record Throttled(Duration retryAfter) implements LoginResult {
    }
}
