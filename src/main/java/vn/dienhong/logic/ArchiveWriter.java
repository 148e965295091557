package vn.dienhong.logic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.dienhong.export.ArchiveReadme;
import vn.dienhong.export.CsvTables;
import vn.dienhong.export.JsonRecord;
import vn.dienhong.export.Manifest;
import vn.dienhong.export.MinutesPdf;
import vn.dienhong.export.ResultSheetPdf;
import vn.dienhong.model.RecordedDocument;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.persistence.AuditDao;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.persistence.MeetingScript;

/** Writes every part of the archive into a (temporary) folder, in the layout of ADR 0009, then its manifest. */
final class ArchiveWriter {
    static final String MINUTES = "bien-ban.pdf";
    static final String INFO = "thong-tin-xuat.json";
    private final FileStore files;
    private final ExportProgress progress;

    ArchiveWriter(FileStore files, ExportProgress progress) {
        this.files = files;
        this.progress = progress;
    }

    void write(Path dir, SessionRecord record, List<AuditDao.Entry> chain, MeetingScript script) throws IOException {
        progress.update(0.10, "Biên bản kỳ họp và phiếu kết quả");
        // the minutes are the longest document: written on a second core while the result sheets are
        CompletableFuture<byte[]> minutes = CompletableFuture.supplyAsync(() -> new MinutesPdf().write(record));
        Path sheets = Files.createDirectories(dir.resolve("phieu-ket-qua"));
        ResultSheetPdf sheet = new ResultSheetPdf();
        int n = 1;
        for (RecordedVote v : record.votes()) {
            Files.write(sheets.resolve(String.format("%02d-bieu-quyet-%d.pdf", n++, v.vote().id())), sheet.write(record, v));
        }
        try {
            Files.write(dir.resolve(MINUTES), minutes.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        progress.update(0.45, "Dữ liệu CSV và JSON");
        Path data = Files.createDirectories(dir.resolve("du-lieu"));
        new CsvTables().write(record, data);
        Files.write(data.resolve("ho-so.json"), JsonRecord.write(record));
        copyDocuments(Files.createDirectories(dir.resolve("tai-lieu")), record.documents());
        progress.update(0.82, "Nhật ký kiểm chứng");
        Files.createDirectories(dir.resolve("kiem-chung"));
        AuditChainFile.write(chain, dir.resolve(AuditChainFile.PATH));
        progress.update(0.86, "Bản sao cơ sở dữ liệu (SQL)");
        script.write(record.meeting().id(), Files.createDirectories(dir.resolve("co-so-du-lieu")).resolve("ky-hop.sql"));
        Files.writeString(dir.resolve("doc-truoc.txt"), ArchiveReadme.text(record), StandardCharsets.UTF_8);
        Files.write(dir.resolve(INFO), JsonRecord.write(info(record, chain)));
        progress.update(0.94, "Danh sách mã SHA-256");
        Manifest.write(dir, Manifest.hashTree(dir));
    }

    private static Map<String, Object> info(SessionRecord record, List<AuditDao.Entry> chain) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("format", "dienhong-archive/1");
        info.put("meetingId", record.meeting().id());
        info.put("meetingTitle", record.meeting().title());
        info.put("council", record.council().name());
        info.put("exportedAt", record.exportedAt().toString());
        info.put("auditEntries", chain.size());
        info.put("auditHead", record.auditHead());
        info.put("votes", record.votes().size());
        info.put("documents", record.documents().size());
        return info;
    }

    /** Copies every document version from the store, checking each file against the SHA-256 it was stored under. */
    private void copyDocuments(Path dir, List<RecordedDocument> documents) throws IOException {
        long done = 0;
        long total = Math.max(1, documents.stream().mapToLong(RecordedDocument::sizeBytes).sum());
        for (RecordedDocument d : documents) {
            Path target = dir.resolve(d.fileName());
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(files.pathOf(d.sha256())), digest)) {
                    Files.copy(in, target);
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(d.sha256())) {
                    throw new ArchiveFailed("Tệp của tài liệu \"" + d.title() + "\" (bản " + d.version() + ") trong kho "
                            + "không khớp mã SHA-256 đã ghi: kho tài liệu đã hỏng hoặc bị sửa. Hồ sơ không được xuất; "
                            + "hãy khôi phục kho tài liệu từ bản sao lưu rồi xuất lại.");
                }
            } catch (NoSuchFileException e) {
                throw new ArchiveFailed("Thiếu tệp của tài liệu \"" + d.title() + "\" (bản " + d.version() + ") trong kho "
                        + "tài liệu. Hồ sơ không được xuất; hãy khôi phục kho tài liệu rồi xuất lại.", e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            done += d.sizeBytes();
            progress.update(0.47 + 0.35 * done / total, "Tài liệu: " + d.title());
        }
    }
}
