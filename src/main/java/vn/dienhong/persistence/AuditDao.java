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

    /** Stores entries in one JDBC batch, in order. */
    public void append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.SEQ, AUDIT_EVENT.AT, AUDIT_EVENT.TYPE,
                AUDIT_EVENT.PAYLOAD, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH).values((Long) null, null, null, null, null, null));
        entries.forEach(e -> batch.bind(e.seq(), e.at(), e.type(), e.payload(), e.prevHash(), e.hash()));
        batch.execute();
    }

    public List<Entry> all() {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ)
                .fetch(r -> new Entry(r.getSeq(), r.getAt(), r.getType(), r.getPayload(), r.getPrevHash(), r.getHash()));
    }
}
