package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.dienhong.TestHall;
import vn.dienhong.persistence.FileStore;

/** The minutes and the result sheets are PDF/A-2b as veraPDF, the reference validator, reads them. */
class ArchivePdfATest {
    @TempDir
    static Path temp;
    private static Path out;

    @BeforeAll
    static void export() {
        VeraGreenfieldFoundryProvider.initialise();
        try (TestHall hall = ArchiveFixture.build()) {
            out = temp.resolve("ho-so");
            new ArchiveExporter(hall.database(), new FileStore(hall.documents()), Clock.systemDefaultZone())
                    .export(null, out, ExportProgress.NONE);
        }
    }

    @Test
    void theMinutesArePdfA2b() throws Exception {
        assertThat(failures(out.resolve("bien-ban.pdf"))).isEmpty();
    }

    @Test
    void everyResultSheetIsPdfA2b() throws Exception {
        try (Stream<Path> sheets = Files.list(out.resolve("phieu-ket-qua"))) {
            for (Path sheet : sheets.toList()) {
                assertThat(failures(sheet)).as(sheet.getFileName().toString()).isEmpty();
            }
        }
    }

    private static List<String> failures(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        } catch (ValidationException e) {
            throw new AssertionError("veraPDF could not read " + pdf, e);
        }
    }
}
