package vn.dienhong.logic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import vn.dienhong.persistence.AuditDao;

/**
 * Appends every state change to a hash chain, hash = SHA-256(previous hash, canonical entry), so
 * that an edited, inserted or removed entry is detectable; {@link #verify} names the first broken link.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Appends within the caller's transaction; returns the new head hash. */
    public String append(DSLContext tx, String type, Map<String, ?> payload) {
        Appender appender = appender(tx);
        String head = appender.append(type, payload);
        appender.flush();
        return head;
    }

    /**
     * An appender for many entries in one transaction: it reads the chain's head once and writes the
     * entries in one batch at {@link Appender#flush}, not one statement per entry.
     */
    Appender appender(DSLContext tx) {
        return new Appender(new AuditDao(tx));
    }

    /** Appends entries to the chain within one transaction, remembering the head between them. */
    final class Appender {
        private final AuditDao dao;
        private final List<AuditDao.Entry> pending = new ArrayList<>();
        private long seq;
        private String prev;

        private Appender(AuditDao dao) {
            this.dao = dao;
            Optional<AuditDao.Entry> last = dao.last();
            this.seq = last.map(AuditDao.Entry::seq).orElse(0L);
            this.prev = last.map(AuditDao.Entry::hash).orElse(GENESIS);
        }

        String append(String type, Map<String, ?> payload) {
            OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            String body = canonical(payload);
            String hash = hash(prev, seq + 1, at, type, body);
            pending.add(new AuditDao.Entry(seq + 1, at, type, body, prev, hash));
            seq++;
            prev = hash;
            return hash;
        }

        /** Writes the entries appended so far; call before the transaction commits. */
        void flush() {
            dao.append(pending);
            pending.clear();
        }
    }

    /** The hash of the newest entry (the genesis value when the log is empty). */
    public static String head(DSLContext dsl) {
        return new AuditDao(dsl).last().map(AuditDao.Entry::hash).orElse(GENESIS);
    }

    /** The sequence number of the first entry that does not chain, or empty when the whole log is intact. */
    public static Optional<Long> verify(List<AuditDao.Entry> entries) {
        String prev = GENESIS;
        long expectedSeq = 1;
        for (AuditDao.Entry e : entries) {
            if (e.seq() != expectedSeq || !e.prevHash().equals(prev)
                    || !e.hash().equals(hash(prev, e.seq(), e.at(), e.type(), e.payload()))) {
                return Optional.of(expectedSeq);
            }
            prev = e.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    /** Sorted keys, escaped separators: the same map always encodes to the same text. */
    static String canonical(Map<String, ?> payload) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(payload).forEach((key, value) -> out.append(escape(key)).append('=')
                .append(escape(String.valueOf(value))).append(';'));
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=");
    }

    static String hash(String prev, long seq, OffsetDateTime at, String type, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String entry = prev + "\n" + seq + "\n" + at.toInstant().toEpochMilli() + "\n" + type + "\n" + body;
            return HexFormat.of().formatHex(digest.digest(entry.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
