package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.Account;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.Role;

/** Personal accounts: one per username, enforced by the database itself. */
class AccountDaoTest {
    private static final String HASH = "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA";
    private Database db;
    private AccountDao accounts;

    @BeforeEach
    void open() {
        db = Database.openInMemory();
        accounts = new AccountDao(db.dsl());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDatabaseRefusesASecondAccountWithTheSameUsername() {
        accounts.insert("db001", Role.DELEGATE, null, "Nguyễn Văn An", null, HASH);
        assertThatThrownBy(() -> accounts.insert("db001", Role.OPERATOR, null, "Kẻ mạo danh", null, "x"))
                .isInstanceOf(DataAccessException.class);
        // and not through the DAO either
        assertThatThrownBy(() -> db.dsl().execute("insert into account (username, role, display_name, pin_hash) "
                + "values ('db001', 'OPERATOR', 'Kẻ mạo danh', 'x')")).isInstanceOf(DataAccessException.class);
        assertThat(accounts.count()).isOne();
        assertThat(accounts.credentials("db001").orElseThrow().account().role()).isEqualTo(Role.DELEGATE);
    }

    @Test
    void credentialsCarryTheAccountAndItsStoredHash() {
        long delegate = new CouncilDao(db.dsl()).insertDelegate(
                new CouncilDao(db.dsl()).insertCouncil("HĐND tỉnh", CouncilLevel.PROVINCE, "XVII"),
                "Nguyễn Văn An", null, null, null, null);
        long id = accounts.insert("db001", Role.DELEGATE, delegate, "Nguyễn Văn An", "Đại biểu HĐND tỉnh", HASH);

        AccountDao.Credentials credentials = accounts.credentials("db001").orElseThrow();
        assertThat(credentials.pinHash()).isEqualTo(HASH);
        assertThat(credentials.account()).isEqualTo(
                new Account(id, "db001", Role.DELEGATE, delegate, "Nguyễn Văn An", "Đại biểu HĐND tỉnh", true));
        assertThat(accounts.find(id)).contains(credentials.account());
        assertThat(accounts.credentials("db002")).isEmpty();
    }

    @Test
    void accountsAreListedByRole() {
        long operator = accounts.insert("operator", Role.OPERATOR, null, "Kỹ thuật viên", null, HASH);
        long first = accounts.insert("db001", Role.DELEGATE, null, "Nguyễn Văn An", null, HASH);
        long second = accounts.insert("db002", Role.DELEGATE, null, "Trần Thị Bình", null, HASH);
        assertThat(accounts.withRole(Role.DELEGATE)).extracting(Account::id).containsExactly(first, second);
        assertThat(accounts.withRole(Role.OPERATOR)).extracting(Account::id).containsExactly(operator);
        assertThat(accounts.withRole(Role.GUEST)).isEmpty();
    }
}
