package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The append-only rows of the hash-chained audit log. */
public final class AuditDao {
    private final DSLContext dsl;

    /** One stored audit entry. */
    public record Entry(long seq, OffsetDateTime at, String type, String payload, String prevHash, String hash) {
    }

    public AuditDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Entry> last() {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(r -> new Entry(r.getSeq(), r.getAt(), r.getType(), r.getPayload(), r.getPrevHash(),
                        r.getHash()));
    }

    public void append(Entry entry) {
        dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, entry.seq()).set(AUDIT_EVENT.AT, entry.at())
                .set(AUDIT_EVENT.TYPE, entry.type()).set(AUDIT_EVENT.PAYLOAD, entry.payload())
                .set(AUDIT_EVENT.PREV_HASH, entry.prevHash()).set(AUDIT_EVENT.HASH, entry.hash()).execute();
    }

    public List<Entry> all() {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ)
                .fetch(r -> new Entry(r.getSeq(), r.getAt(), r.getType(), r.getPayload(), r.getPrevHash(), r.getHash()));
    }
}
