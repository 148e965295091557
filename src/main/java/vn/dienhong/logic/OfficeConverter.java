package vn.dienhong.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Turns Word, Excel and OpenDocument files into PDF with LibreOffice ({@code soffice --headless
 * --convert-to pdf}) when it is installed; the hall distributes PDF only.
 */
final class OfficeConverter {
    private static final List<String> OFFICE = List.of(".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".rtf");
    private static final long TIMEOUT_SECONDS = 120;
    private final String command;

    OfficeConverter(String command) {
        this.command = command;
    }

    /** Whether a file of this name is an office document this converter can turn into PDF. */
    static boolean isOffice(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return OFFICE.stream().anyMatch(name::endsWith);
    }

    /** Converts {@code source} (named {@code fileName}) to a PDF in a fresh temporary folder and returns it. */
    Path toPdf(Path source, String fileName) {
        try {
            Path work = Files.createTempDirectory("dienhong-convert-");
            String base = Path.of(fileName).getFileName().toString();
            Path input = Files.copy(source, work.resolve(base));
            Process process = new ProcessBuilder(command, "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", work.toString(), input.toString()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw refused("LibreOffice không chuyển xong tệp " + base + " sau " + TIMEOUT_SECONDS
                        + " giây. Hãy tự lưu tệp thành PDF rồi nạp lại.");
            }
            Path pdf = work.resolve(base.substring(0, base.lastIndexOf('.')) + ".pdf");
            if (process.exitValue() != 0 || !Files.exists(pdf)) {
                throw refused("LibreOffice không chuyển được tệp " + base + " sang PDF. Hãy mở tệp bằng Word/Excel, "
                        + "lưu thành PDF rồi nạp lại.");
            }
            return pdf;
        } catch (IOException e) {
            throw RequestRefused.coded(RequestRefused.Problem.UNSUPPORTED, "no_libreoffice", "Tệp Word/Excel chỉ nạp được khi máy có "
                    + "LibreOffice (lệnh soffice). Hãy cài LibreOffice, hoặc lưu tệp thành PDF rồi nạp lại.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("Việc chuyển tệp sang PDF bị dừng. Hãy nạp lại.");
        }
    }

    private static RequestRefused refused(String message) {
        return RequestRefused.coded(RequestRefused.Problem.UNPROCESSABLE, "conversion_failed", message);
    }
}
