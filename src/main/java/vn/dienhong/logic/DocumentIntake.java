package vn.dienhong.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dienhong.export.PdfInspector;
import vn.dienhong.model.NewDocument;
import vn.dienhong.persistence.FileStore;

/**
 * Takes a file the operator loads and makes it a storable session document, or refuses it with the
 * reason: checks the metadata, converts Word/Excel with LibreOffice, checks the PDF, extracts its
 * page texts and stores it by its SHA-256. Slow (PDFBox), so it runs on a worker, never the engine.
 */
final class DocumentIntake {
    /** A file accepted and stored: its hash and size, with what PDFBox found inside. */
    record Accepted(String sha256, long sizeBytes, PdfInspector.Inspection inspection) {
    }

    private final FileStore files;
    private final OfficeConverter converter;
    private final long maxBytes;

    DocumentIntake(FileStore files, OfficeConverter converter, long maxBytes) {
        this.files = files;
        this.converter = converter;
        this.maxBytes = maxBytes;
    }

    Accepted accept(NewDocument meta, Path upload) {
        check(meta);
        Path pdf = OfficeConverter.isOffice(meta.fileName()) ? converter.toPdf(upload, meta.fileName()) : upload;
        long size = sizeOf(pdf);
        if (size > maxBytes) {
            throw RequestRefused.coded(RequestRefused.Problem.TOO_LONG, "too_large", "Tệp nặng " + megabytes(size) + " MB, quá giới hạn "
                    + megabytes(maxBytes) + " MB. Hãy nén hoặc tách tệp rồi nạp lại.");
        }
        PdfInspector.Inspection inspection;
        try {
            inspection = new PdfInspector().inspect(pdf);
        } catch (PdfInspector.Rejected e) {
            throw DocumentRefusals.of(e.flaw());
        }
        try (InputStream in = Files.newInputStream(pdf)) {
            return new Accepted(files.put(in), size, inspection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules on what the operator typed; a classified document never reaches the tablets. */
    static void check(NewDocument meta) {
        if (meta.classified()) {
            throw RequestRefused.coded(RequestRefused.Problem.UNPROCESSABLE, "classified", "Tài liệu mật không được phát hành điện tử "
                    + "(theo quy định bảo vệ bí mật nhà nước): hãy phát bản giấy theo chế độ mật.");
        }
        if (meta.title() == null || meta.title().isBlank() || meta.title().strip().length() > 400) {
            throw RequestRefused.invalid("Hãy nhập tên tài liệu (tối đa 400 ký tự).");
        }
        if (meta.number() != null && meta.number().length() > 80) {
            throw RequestRefused.invalid("Số ký hiệu dài quá 80 ký tự.");
        }
        if (meta.category() == null || meta.audience() == null) {
            throw RequestRefused.invalid("Hãy chọn loại tài liệu và đối tượng được xem.");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }
}
