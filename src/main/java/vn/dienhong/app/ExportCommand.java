package vn.dienhong.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dienhong.logic.ArchiveExporter;
import vn.dienhong.logic.ArchiveFailed;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;

/** {@code dienhong export}: the archivist's export of a meeting's record while the console is not running. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Xuất hồ sơ kỳ họp ra một thư mục (khi bảng điều khiển không chạy).",
            "Export a meeting's complete record to a folder (while the console is not running)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder of the hall (default: data.dir in the config, "
            + "else ~/.dienhong).")
    private Path data;

    @Option(names = "--out", paramLabel = "OUT", required = true,
            description = "The export folder to create (it must not exist yet, or be empty).")
    private Path out;

    @Option(names = "--meeting", paramLabel = "ID", description = "The meeting to export (default: the latest).")
    private Long meeting;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data != null ? data : HallConfig.load(null).dataDir();
        if (!Files.isRegularFile(dataDir.resolve("dienhong.mv.db"))) {
            err.println("Không thấy dữ liệu Diên Hồng (dienhong.mv.db) trong " + dataDir.toAbsolutePath()
                    + ". Hãy chỉ đúng thư mục dữ liệu bằng --data.");
            return 1;
        }
        try (Database db = open(dataDir)) {
            ArchiveExporter.Exported done = new ArchiveExporter(db, new FileStore(dataDir.resolve("documents")),
                    Clock.systemDefaultZone()).export(meeting, out, (fraction, step) -> { });
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf("Đã xuất hồ sơ cuộc họp số %d vào %s: %d tệp trong %.1f s.%n", done.meetingId(), done.folder(),
                    done.files(), done.millis() / 1000.0);
            stdout.println("Mã niêm phong (SHA-256 của manifest-sha256.txt) / seal: " + done.manifestSha256());
            stdout.flush();
            return 0;
        } catch (ArchiveFailed e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Database open(Path dataDir) {
        try {
            return Database.openFile(dataDir);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("already in use") || String.valueOf(e.getCause()).contains("already in use")) {
                throw new ArchiveFailed("Dữ liệu trong " + dataDir + " đang được bảng điều khiển Diên Hồng sử dụng. Hãy "
                        + "xuất từ bảng điều khiển (nút “Xuất hồ sơ”) hoặc đóng bảng điều khiển rồi chạy lại lệnh.", e);
            }
            throw e;
        }
    }
}
