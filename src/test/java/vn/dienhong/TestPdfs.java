package vn.dienhong;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import vn.dienhong.export.TextPdfWriter;

/** PDFs for document tests: real Vietnamese text, and the bad files an operator might load by mistake. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** A readable PDF whose pages hold {@code paragraphs} under a council header. */
    public static byte[] text(String title, String... paragraphs) {
        return new TextPdfWriter().write("HĐND TỈNH LẠC HỒNG", title, List.of(paragraphs)).bytes();
    }

    /** A PDF that opens only with a password. */
    public static byte[] encrypted() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that starts like a PDF and then breaks off. */
    public static byte[] corrupt() {
        byte[] good = text("Báo cáo", "Nội dung bị cắt ngang.");
        return java.util.Arrays.copyOf(good, 300);
    }

    /** Writes bytes to a fresh temporary file, as an upload would arrive. */
    public static Path file(byte[] bytes) {
        try {
            Path file = Files.createTempFile("dienhong-test-", ".pdf");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
