package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ACCOUNT;
import static vn.dienhong.persistence.jooq.Tables.AUTH_SESSION;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.dienhong.model.Account;

/** Stores login sessions by the hash of their token, so that they survive a restart of the hall. */
public final class AuthSessionDao {
    private final DSLContext dsl;

    public AuthSessionDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(String tokenHash, long accountId, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        dsl.insertInto(AUTH_SESSION)
                .set(AUTH_SESSION.TOKEN_HASH, tokenHash).set(AUTH_SESSION.ACCOUNT_ID, accountId)
                .set(AUTH_SESSION.CREATED_AT, createdAt).set(AUTH_SESSION.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** The active account behind a token hash, if the session exists and has not expired at {@code now}. */
    /** A session still valid at {@code now}: whose it is and until when. */
    public record Session(Account account, OffsetDateTime expiresAt) {
    }

    public Optional<Session> findValidSession(String tokenHash, OffsetDateTime now) {
        return dsl.select(ACCOUNT.fields()).select(AUTH_SESSION.EXPIRES_AT).from(AUTH_SESSION).join(ACCOUNT)
                .on(ACCOUNT.ID.eq(AUTH_SESSION.ACCOUNT_ID))
                .where(AUTH_SESSION.TOKEN_HASH.eq(tokenHash))
                .and(AUTH_SESSION.EXPIRES_AT.gt(now))
                .and(ACCOUNT.ACTIVE.isTrue())
                .fetchOptional(r -> new Session(AccountDao.toAccount(r), r.get(AUTH_SESSION.EXPIRES_AT)));
    }

    public boolean delete(String tokenHash) {
        return dsl.deleteFrom(AUTH_SESSION).where(AUTH_SESSION.TOKEN_HASH.eq(tokenHash)).execute() == 1;
    }

    /** Ends every session of one account (the operator's "log this person out everywhere"). */
    public int deleteAllOf(long accountId) {
        return dsl.deleteFrom(AUTH_SESSION).where(AUTH_SESSION.ACCOUNT_ID.eq(accountId)).execute();
    }

    public int deleteExpired(OffsetDateTime now) {
        return dsl.deleteFrom(AUTH_SESSION).where(AUTH_SESSION.EXPIRES_AT.le(now)).execute();
    }
}
