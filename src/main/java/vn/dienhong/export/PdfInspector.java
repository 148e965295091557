package vn.dienhong.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks a file before it is stored as a session document (a real, readable, unencrypted PDF with
 * pages) and extracts the text of each page, once, for search. Reads from disk, never whole into memory.
 */
public final class PdfInspector {
    /** What a PDF holds: its number of pages and the text of each page. */
    public record Inspection(int pages, List<String> pageTexts) {
    }

    /** Why a file cannot be a session document. */
    public enum Flaw { EMPTY, NOT_PDF, ENCRYPTED, CORRUPT, NO_PAGES }

    /** A file refused, with the flaw that names why. */
    public static final class Rejected extends Exception {
        private final Flaw flaw;

        Rejected(Flaw flaw, Throwable cause) {
            super(flaw.name(), cause, false, false);
            this.flaw = flaw;
        }

        public Flaw flaw() {
            return flaw;
        }
    }

    /** Inspects {@code file}; throws {@link Rejected} when it is not a readable PDF. */
    public Inspection inspect(Path file) throws Rejected {
        checkHeader(file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted()) {
                throw new Rejected(Flaw.ENCRYPTED, null);
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new Rejected(Flaw.NO_PAGES, null);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>(pages);
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc).strip());
            }
            return new Inspection(pages, texts);
        } catch (InvalidPasswordException e) {
            throw new Rejected(Flaw.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new Rejected(Flaw.CORRUPT, e);
        }
    }

    private static void checkHeader(Path file) throws Rejected {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            if (head.length == 0) {
                throw new Rejected(Flaw.EMPTY, null);
            }
            // the header may follow a little junk (allowed by readers), but must come early
            if (!new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                throw new Rejected(Flaw.NOT_PDF, null);
            }
        } catch (IOException e) {
            throw new Rejected(Flaw.CORRUPT, e);
        }
    }
}
