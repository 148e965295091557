package vn.dienhong.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dienhong.export.JsonRecord;
import vn.dienhong.export.Manifest;
import vn.dienhong.persistence.AuditDao;

/**
 * Proves an export is as it was written: the audit chain re-hashes link by link up to the head recorded
 * at export, every file matches its SHA-256 in the manifest, none is missing and none was added.
 * Problems are listed most specific first, so the first names the culprit.
 */
public final class ArchiveVerifier {
    /** The verdict: intact, or the problems found (the first names the first file or audit entry that does not match). */
    public record Report(List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private ArchiveVerifier() {
    }

    public static Report verify(Path dir) {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            return new Report(List.of("Không thấy " + Manifest.FILE + " trong " + dir + ": đây không phải thư mục hồ sơ "
                    + "của Diên Hồng, hoặc tệp này đã bị xóa."));
        }
        Map<String, String> listed;
        try {
            listed = Manifest.read(dir);
        } catch (IOException e) {
            return new Report(List.of(e.getMessage()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : listed.entrySet()) {
            Path path = dir.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                problems.put(file.getKey(), file.getKey() + ": thiếu tệp (có trong manifest nhưng không còn trong thư mục).");
                continue;
            }
            try {
                if (!Manifest.sha256(path).equals(file.getValue())) {
                    problems.put(file.getKey(), file.getKey() + ": tệp đã bị thay đổi (SHA-256 không khớp manifest).");
                }
            } catch (IOException e) {
                problems.put(file.getKey(), file.getKey() + ": không đọc được (" + e.getMessage() + ").");
            }
        }
        for (String name : Manifest.files(dir)) {
            if (!listed.containsKey(name)) {
                problems.put(name, name + ": tệp lạ, không có trong manifest (được thêm sau khi xuất).");
            }
        }
        List<String> out = new ArrayList<>();
        auditChain(dir, !problems.containsKey(ArchiveWriter.INFO)).ifPresent(p -> {
            // more precise than "the file changed": it names the entry
            problems.remove(AuditChainFile.PATH);
            out.add(p);
        });
        out.addAll(problems.values());
        return new Report(out);
    }

    /** What is wrong with the audit chain, if anything; the head is compared only when the export's info file is intact. */
    private static Optional<String> auditChain(Path dir, boolean infoIntact) {
        Path file = dir.resolve(AuditChainFile.PATH);
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // reported as a missing file by the manifest check
        }
        try {
            List<AuditDao.Entry> entries = AuditChainFile.read(file);
            Optional<Long> broken = AuditLog.verify(entries);
            if (broken.isPresent()) {
                return Optional.of(AuditChainFile.PATH + ": mục nhật ký số " + broken.get()
                        + " không khớp chuỗi băm (mục bị sửa, bị xóa hoặc bị chèn).");
            }
            if (!infoIntact) {
                return Optional.empty();
            }
            Map<?, ?> info = JsonRecord.readMap(Files.readAllBytes(dir.resolve(ArchiveWriter.INFO)));
            String head = entries.isEmpty() ? AuditLog.GENESIS : entries.get(entries.size() - 1).hash();
            if (!head.equals(info.get("auditHead"))) {
                return Optional.of(AuditChainFile.PATH + ": chuỗi nhật ký kết thúc ở mục số " + entries.size()
                        + ", không phải mục cuối đã ghi khi xuất (mã " + info.get("auditHead") + "): các mục sau đã bị xóa.");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(AuditChainFile.PATH + ": không đọc được nhật ký (" + e.getMessage() + ").");
        }
    }
}
