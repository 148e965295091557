package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.TestHall;
import vn.dienhong.export.JsonRecord;
import vn.dienhong.export.Manifest;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.persistence.AuditDao;
import vn.dienhong.persistence.FileStore;

/** The session record on disk: complete, readable, archive-grade, and never half-written. */
class ArchiveExportTest {
    @TempDir
    static Path temp;
    private static TestHall hall;
    private static ArchiveExporter exporter;
    private static Path out;

    @BeforeAll
    static void export() {
        hall = ArchiveFixture.build();
        exporter = new ArchiveExporter(hall.database(), new FileStore(hall.documents()), Clock.systemDefaultZone());
        out = temp.resolve("ho-so");
        exporter.export(null, out, ExportProgress.NONE);
    }

    @AfterAll
    static void close() {
        hall.close();
    }

    @Test
    void theMinutesReadBackWithTheVietnameseHeadingsVoteTitlesAndCounts() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bien-ban.pdf").toFile())) {
            text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
        }
        assertThat(text).contains("BIÊN BẢN", "THÔNG TIN CHUNG", "CÁC PHIÊN HỌP VÀ ĐIỂM DANH", "KẾT QUẢ BIỂU QUYẾT",
                "Có mặt 10 trên tổng số 12 đại biểu", "Đi công tác theo quyết định", "Chủ tọa", "Thư ký kỳ họp",
                "Tiến độ giải ngân", "Số ý kiến đại biểu gửi Chủ tọa: 1", "Trang 1/");
        assertThat(text).contains(ArchiveFixture.OPEN_TITLE, ArchiveFixture.SECRET_TITLE, ArchiveFixture.RATING_TITLE,
                ArchiveFixture.CONFIDENCE_TITLE, ArchiveFixture.ELECTION_TITLE);
        assertThat(text).contains("Nghị quyết được thông qua (tán thành 8/12 đại biểu, 66,67%",
                "Nghị quyết không được thông qua (tán thành 5/12 đại biểu, 41,67%", "Trúng cử", "Được tín nhiệm",
                "có thể xin", "Lựa chọn của từng đại biểu", "Bỏ phiếu kín: chỉ ghi số phiếu");
        assertThat(text).contains(AuditLog.head(hall.database().dsl()));
    }

    @Test
    void theExportHoldsEveryPartInItsPlace() throws IOException {
        SessionRecord record = JsonRecord.read(Files.readAllBytes(out.resolve("du-lieu/ho-so.json")));
        assertThat(out.resolve("bien-ban.pdf")).isRegularFile();
        assertThat(out.resolve(Manifest.FILE)).isRegularFile();
        assertThat(out.resolve("co-so-du-lieu/ky-hop.sql")).content(StandardCharsets.UTF_8)
                .contains("INSERT INTO \"PUBLIC\".\"VOTE\"", "'ELECTION'").doesNotContain("pbkdf2");
        assertThat(list(out.resolve("phieu-ket-qua"))).hasSize(record.votes().size());
        assertThat(record.documents()).hasSizeGreaterThan(12)
                .anySatisfy(d -> assertThat(d.withdrawnAt()).isNotNull())
                .anySatisfy(d -> assertThat(d.version()).isEqualTo(2));
        for (var d : record.documents()) {
            assertThat(Manifest.sha256(out.resolve("tai-lieu").resolve(d.fileName()))).isEqualTo(d.sha256());
        }
        assertThat(temp.toFile().list()).as("no work folder left beside the export").noneMatch(n -> n.startsWith("."));
    }

    @Test
    void theJsonReadsBackIntoTheSameRecord() throws IOException {
        SessionRecord read = JsonRecord.read(Files.readAllBytes(out.resolve("du-lieu/ho-so.json")));
        List<AuditDao.Entry> chain = new AuditDao(hall.database().dsl()).all();
        SessionRecord fresh = SessionRecordReader.read(hall.database().dsl(), read.meeting().id(), chain, read.exportedAt());
        assertThat(read).isEqualTo(fresh);
        assertThat(read.votes()).extracting(v -> v.vote().title()).contains(ArchiveFixture.OPEN_TITLE);
    }

    @Test
    void theCsvTablesReadBackWithTheRecordsCounts() throws IOException {
        SessionRecord record = JsonRecord.read(Files.readAllBytes(out.resolve("du-lieu/ho-so.json")));
        byte[] raw = Files.readAllBytes(out.resolve("du-lieu/bieu-quyet.csv"));
        assertThat(new String(raw, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 BOM").isEqualTo("\u00EF\u00BB\u00BF");
        List<List<String>> votes = Csv.read(out.resolve("du-lieu/bieu-quyet.csv"));
        assertThat(votes.get(0)).startsWith("ma_bieu_quyet", "tieu_de");
        assertThat(votes).hasSize(record.votes().size() + 1);
        for (int i = 0; i < record.votes().size(); i++) {
            RecordedVote v = record.votes().get(i);
            List<String> row = votes.get(i + 1);
            assertThat(row.get(1)).isEqualTo(v.vote().title());
            if (v.result() != null) {
                assertThat(row.get(10)).isEqualTo(String.valueOf(v.result().voted()));
                assertThat(row.get(11)).isEqualTo(String.valueOf(v.result().approve()));
            }
        }
        List<List<String>> ballots = Csv.read(out.resolve("du-lieu/phieu-cong-khai.csv"));
        assertThat(ballots.stream().skip(1).filter(r -> r.get(3).equals("APPROVE")).count()).isEqualTo(8);
        assertThat(ballots).as("12 lines of the open vote only: secret ballots have none").hasSize(13);
        List<List<String>> attendance = Csv.read(out.resolve("du-lieu/diem-danh.csv"));
        assertThat(attendance).anySatisfy(r -> assertThat(r).contains("EXCUSED", "Đi công tác theo quyết định của UBND tỉnh"));
    }

    @Test
    void anExistingFolderWithFilesOrAPathThroughAFileIsRefusedAndLeavesNothing() throws IOException {
        assertThatThrownBy(() -> exporter.export(null, out, ExportProgress.NONE))
                .isInstanceOf(ArchiveFailed.class).hasMessageContaining("đã có dữ liệu");
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        Path target = file.resolve("ho-so");
        assertThatThrownBy(() -> exporter.export(null, target, ExportProgress.NONE))
                .isInstanceOf(ArchiveFailed.class).hasMessageContaining("Không có tệp nào của lần xuất này được để lại");
        assertThat(file).hasContent("x");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ho-so", "not-a-folder");
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
