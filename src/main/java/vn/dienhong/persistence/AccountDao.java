package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.ACCOUNT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;

/** Reads and writes personal accounts; the PIN hash never leaves this class except for checking. */
public final class AccountDao {
    private final DSLContext dsl;

    /** An account with the stored PIN hash, for the login check only. */
    public record Credentials(Account account, String pinHash) {
    }

    public AccountDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String username, Role role, Long delegateId, String displayName, String title, String pinHash) {
        return dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, username).set(ACCOUNT.ROLE, role.name())
                .set(ACCOUNT.DELEGATE_ID, delegateId).set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.TITLE, title).set(ACCOUNT.PIN_HASH, pinHash)
                .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
    }

    public Optional<Credentials> credentials(String username) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(toAccount(r), r.getPinHash()));
    }

    public Optional<Account> find(long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(AccountDao::toAccount);
    }

    public List<Account> withRole(Role role) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ROLE.eq(role.name())).orderBy(ACCOUNT.ID)
                .fetch(AccountDao::toAccount);
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    static Account toAccount(Record r) {
        return new Account(r.get(ACCOUNT.ID), r.get(ACCOUNT.USERNAME), Role.valueOf(r.get(ACCOUNT.ROLE)),
                r.get(ACCOUNT.DELEGATE_ID), r.get(ACCOUNT.DISPLAY_NAME), r.get(ACCOUNT.TITLE),
                r.get(ACCOUNT.ACTIVE));
    }
}
