package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.TestHall;
import vn.dienhong.export.Manifest;
import vn.dienhong.persistence.FileStore;

/** An export proves itself: intact as written, and any changed byte, missing, added file or removed audit entry is named. */
class ArchiveVerifyTest {
    @TempDir
    static Path temp;
    private static Path original;
    private static int copies;

    @BeforeAll
    static void export() {
        try (TestHall hall = ArchiveFixture.build()) {
            original = temp.resolve("original");
            new ArchiveExporter(hall.database(), new FileStore(hall.documents()), Clock.systemDefaultZone())
                    .export(null, original, ExportProgress.NONE);
        }
    }

    @Test
    void anUntouchedExportIsIntact() {
        assertThat(ArchiveVerifier.verify(original).problems()).isEmpty();
    }

    @Test
    void oneChangedByteInAnyFileIsNamed() throws IOException {
        for (String name : Manifest.files(original)) {
            Path copy = copy();
            Path file = copy.resolve(name);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(file, bytes);
            ArchiveVerifier.Report report = ArchiveVerifier.verify(copy);
            assertThat(report.intact()).as(name).isFalse();
            assertThat(report.problems().get(0)).as("the first problem names " + name).startsWith(name + ":");
        }
    }

    @Test
    void aDeletedFileIsNamed() throws IOException {
        Path copy = copy();
        Files.delete(copy.resolve("phieu-ket-qua/01-bieu-quyet-1.pdf"));
        assertThat(ArchiveVerifier.verify(copy).problems()).singleElement().asString()
                .startsWith("phieu-ket-qua/01-bieu-quyet-1.pdf: thiếu tệp");
    }

    @Test
    void anAddedFileIsNamed() throws IOException {
        Path copy = copy();
        Files.writeString(copy.resolve("tai-lieu/them.pdf"), "%PDF-1.7 not ours");
        assertThat(ArchiveVerifier.verify(copy).problems()).singleElement().asString()
                .startsWith("tai-lieu/them.pdf: tệp lạ");
    }

    @Test
    void aRemovedAuditEntryIsNamedEvenWhenTheManifestWasRewrittenToMatch() throws IOException {
        Path copy = copy();
        Path chain = copy.resolve(AuditChainFile.PATH);
        List<String> lines = new ArrayList<>(Files.readAllLines(chain, StandardCharsets.UTF_8));
        lines.remove(4);
        Files.write(chain, lines, StandardCharsets.UTF_8);
        assertThat(ArchiveVerifier.verify(copy).problems().get(0)).contains("mục nhật ký số 5");
        Manifest.write(copy, Manifest.hashTree(copy));
        assertThat(ArchiveVerifier.verify(copy).problems()).singleElement().asString().contains("mục nhật ký số 5");
    }

    @Test
    void aChainCutShortAfterItsLastEntriesIsNamed() throws IOException {
        Path copy = copy();
        Path chain = copy.resolve(AuditChainFile.PATH);
        List<String> lines = Files.readAllLines(chain, StandardCharsets.UTF_8);
        Files.write(chain, lines.subList(0, lines.size() - 2), StandardCharsets.UTF_8);
        Manifest.write(copy, Manifest.hashTree(copy));
        assertThat(ArchiveVerifier.verify(copy).problems()).singleElement().asString()
                .contains("kết thúc ở mục số " + (lines.size() - 2));
    }

    @Test
    void aFolderWithoutManifestIsNotAnExport() throws IOException {
        assertThat(ArchiveVerifier.verify(Files.createDirectories(temp.resolve("empty"))).problems().get(0))
                .contains(Manifest.FILE);
    }

    private static Path copy() throws IOException {
        Path copy = temp.resolve("copy-" + copies++);
        try (Stream<Path> all = Files.walk(original)) {
            for (Path p : all.toList()) {
                Path target = copy.resolve(original.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
