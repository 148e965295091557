package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.persistence.AuditDao;
import vn.dienhong.persistence.Database;

/** The hash chain detects an edited, removed, inserted or reordered entry and names the first broken link. */
class AuditLogTest {
    private Database db;
    private AuditLog log;

    @BeforeEach
    void setUp() {
        db = Database.openInMemory();
        log = new AuditLog(Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            log.append(db.dsl(), "vote.created", Map.of("voteId", i, "title", "Biểu quyết số " + i + "; a=b"));
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anUntouchedLogIsIntactAndItsHeadIsTheLastHash() {
        List<AuditDao.Entry> entries = new AuditDao(db.dsl()).all();
        assertThat(AuditLog.verify(entries)).isEmpty();
        assertThat(AuditLog.head(db.dsl())).isEqualTo(entries.get(4).hash()).hasSize(64);
    }

    @Test
    void anEditedPayloadBreaksItsOwnLink() {
        List<AuditDao.Entry> entries = new ArrayList<>(new AuditDao(db.dsl()).all());
        AuditDao.Entry third = entries.get(2);
        entries.set(2, new AuditDao.Entry(third.seq(), third.at(), third.type(),
                third.payload().replace("3", "4"), third.prevHash(), third.hash()));
        assertThat(AuditLog.verify(entries)).contains(3L);
    }

    @Test
    void aRemovedEntryIsFoundWhereTheGapIs() {
        List<AuditDao.Entry> entries = new ArrayList<>(new AuditDao(db.dsl()).all());
        entries.remove(1);
        assertThat(AuditLog.verify(entries)).contains(2L);
    }

    @Test
    void aRecomputedHashStillBreaksTheNextLink() {
        List<AuditDao.Entry> entries = new ArrayList<>(new AuditDao(db.dsl()).all());
        AuditDao.Entry second = entries.get(1);
        String forgedPayload = second.payload().replace("2", "9");
        String forgedHash = AuditLog.hash(second.prevHash(), second.seq(), second.at(), second.type(), forgedPayload);
        entries.set(1, new AuditDao.Entry(second.seq(), second.at(), second.type(), forgedPayload, second.prevHash(),
                forgedHash));
        assertThat(AuditLog.verify(entries)).contains(3L);
    }

    @Test
    void theCanonicalEncodingIgnoresKeyOrderAndEscapesSeparators() {
        assertThat(AuditLog.canonical(Map.of("b", 2, "a", "x;y=z")))
                .isEqualTo(AuditLog.canonical(new java.util.TreeMap<>(Map.of("a", "x;y=z", "b", 2))))
                .isEqualTo("a=x\\;y\\=z;b=2;");
    }
}
