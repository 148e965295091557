package vn.dienhong.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import vn.dienhong.export.Manifest;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.RecordedDocument;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.persistence.AuditDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.MeetingScript;

/**
 * Puts a meeting's complete record on disk. Everything is written into a hidden folder beside the
 * target and renamed into place only when complete, so a full disk, a pulled USB drive or a crash
 * never leaves a half export that looks like a whole one.
 */
public final class ArchiveExporter {
    private static final long SLACK_BYTES = 20L * 1024 * 1024;
    private final Database db;
    private final FileStore files;
    private final Clock clock;

    /** What was written: the folder, how many files, and the SHA-256 of its manifest (the export's seal). */
    public record Exported(Path folder, long meetingId, int files, String manifestSha256, long millis) {
    }

    public ArchiveExporter(Database db, FileStore files, Clock clock) {
        this.db = db;
        this.files = files;
        this.clock = clock;
    }

    /** The id of the meeting exported by default: the latest one. */
    public long latestMeetingId() {
        return new MeetingDao(db.dsl()).latestMeeting().map(Meeting::id)
                .orElseThrow(() -> new ArchiveFailed("Dữ liệu chưa có cuộc họp nào để xuất."));
    }

    /** Exports the meeting ({@code null}: the latest) to the folder {@code out}, which must not exist yet or be empty. */
    public Exported export(Long meetingId, Path out, ExportProgress progress) {
        long started = System.nanoTime();
        long id = meetingId == null ? latestMeetingId() : meetingId;
        Path target = out.toAbsolutePath().normalize();
        checkTarget(target);
        progress.update(0.02, "Đọc dữ liệu kỳ họp");
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Snapshot snapshot = db.dsl().transactionResult(tx -> {
            List<AuditDao.Entry> chain = new AuditDao(tx.dsl()).all();
            return new Snapshot(SessionRecordReader.read(tx.dsl(), id, chain, at), chain);
        });
        Path temp = createTemp(target, snapshot.record());
        try {
            new ArchiveWriter(files, progress).write(temp, snapshot.record(), snapshot.chain(),
                    new MeetingScript(db.dsl()));
            String seal = Manifest.sha256(temp.resolve(Manifest.FILE));
            int count = Manifest.files(temp).size() + 1;
            Files.deleteIfExists(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            progress.update(1.0, "Đã xuất xong");
            return new Exported(target, id, count, seal, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(temp);
            throw e instanceof ArchiveFailed failed ? failed : WriteFailures.explain(target, e);
        }
    }

    private record Snapshot(SessionRecord record, List<AuditDao.Entry> chain) {
    }

    private static void checkTarget(Path target) {
        if (Files.isDirectory(target) && !Folders.isEmpty(target)) {
            throw new ArchiveFailed("Thư mục " + target + " đã có dữ liệu. Hãy chọn một thư mục mới (chưa có) hoặc "
                    + "một thư mục trống để xuất hồ sơ.");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ArchiveFailed("Đã có một tệp tên " + target + ". Hãy chọn tên thư mục khác để xuất hồ sơ.");
        }
    }

    /** The hidden work folder beside the target, after checking that the disk has room for the documents. */
    private static Path createTemp(Path target, SessionRecord record) {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path temp = Files.createDirectory(parent.resolve("." + target.getFileName() + ".dang-xuat-" + UUID.randomUUID()));
            long needed = record.documents().stream().mapToLong(RecordedDocument::sizeBytes).sum() + SLACK_BYTES;
            long usable = Files.getFileStore(temp).getUsableSpace();
            if (usable < needed) {
                Folders.deleteQuietly(temp);
                throw new ArchiveFailed("Ổ đĩa chứa " + parent + " không đủ chỗ: cần khoảng " + needed / (1024 * 1024)
                        + " MB, còn " + usable / (1024 * 1024) + " MB. Hãy giải phóng chỗ trống hoặc chọn ổ khác; "
                        + "chưa có tệp nào được ghi.");
            }
            return temp;
        } catch (IOException e) {
            throw WriteFailures.explain(target, e);
        }
    }
}
