package vn.dienhong.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.dienhong.TestHall;
import vn.dienhong.logic.DemoSeeder;
import vn.dienhong.logic.PinHasher;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;

/** {@code export} and {@code verify} from the command line, on a real data folder, as an archivist runs them. */
class ExportCommandTest {
    @TempDir
    static Path temp;
    private static Path data;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void seedADataFolder() {
        data = temp.resolve("data");
        try (Database db = Database.openFile(data)) {
            new DemoSeeder(db, new FileStore(data.resolve("documents")), new PinHasher(TestHall.TEST_ITERATIONS))
                    .seedIfEmpty(8, LocalDate.of(2026, 12, 9));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new DienHongCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void exportThenVerifySaysIntactAndAChangedByteIsNamed() throws Exception {
        Path out = temp.resolve("usb/ho-so-ky-hop-6");
        Run export = run("export", "--data", data.toString(), "--out", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Đã xuất hồ sơ cuộc họp số 1", "Mã niêm phong");
        assertThat(out.resolve("bien-ban.pdf")).isRegularFile();

        Run verify = run("verify", out.toString());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("intact");

        Path csv = out.resolve("du-lieu/dai-bieu.csv");
        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length - 3] ^= 0x20;
        Files.write(csv, bytes);
        Run broken = run("verify", out.toString());
        assertThat(broken.exit()).isNotZero();
        assertThat(broken.err()).contains("KHÔNG NGUYÊN VẸN", "du-lieu/dai-bieu.csv");
    }

    @Test
    void aMissingMeetingOrDataFolderOrATakenTargetFailsWithAReason() throws Exception {
        Run noData = run("export", "--data", temp.resolve("nowhere").toString(), "--out", temp.resolve("x").toString());
        assertThat(noData.exit()).isNotZero();
        assertThat(noData.err()).contains("Không thấy dữ liệu Diên Hồng");

        Run noMeeting = run("export", "--data", data.toString(), "--out", temp.resolve("y").toString(), "--meeting", "99");
        assertThat(noMeeting.exit()).isNotZero();
        assertThat(noMeeting.err()).contains("Không có cuộc họp số 99");
        assertThat(temp.resolve("y")).doesNotExist();

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Run throughFile = run("export", "--data", data.toString(), "--out", file.resolve("ho-so").toString());
        assertThat(throughFile.exit()).isNotZero();
        assertThat(throughFile.err()).contains("Không có tệp nào của lần xuất này được để lại");
    }

    @Test
    void helpNamesTheSubcommands() {
        Run help = run("--help");
        assertThat(help.out()).contains("export", "verify");
    }
}
