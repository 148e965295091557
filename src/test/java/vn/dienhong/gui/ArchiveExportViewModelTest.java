package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.TestHall;
import vn.dienhong.logic.ArchiveExporter;
import vn.dienhong.persistence.FileStore;

/** The console's "Xuất hồ sơ": progress up to done with the folder and seal, or a failure that says why. */
class ArchiveExportViewModelTest {
    @TempDir
    static Path temp;
    private static TestHall hall;
    private static ArchiveExportViewModel model;

    @BeforeAll
    static void start() {
        hall = TestHall.start(5);
        ArchiveExporter exporter = new ArchiveExporter(hall.database(), new FileStore(hall.documents()),
                Clock.systemDefaultZone());
        model = new ArchiveExportViewModel(exporter, new LanguageModel(Locale.forLanguageTag("vi")), Runnable::run,
                Runnable::run);
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void anExportIntoTheChosenFolderEndsWithItsPlaceAndSeal() throws Exception {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        model.export(usb);
        assertThat(model.failedProperty().get()).as(model.messageProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.messageProperty().get()).contains("Đã xuất hồ sơ vào", "ho-so-cuoc-hop-1-", "Mã niêm phong");
        try (var made = Files.list(usb)) {
            assertThat(made.toList()).singleElement().satisfies(p -> assertThat(p.resolve("bien-ban.pdf")).isRegularFile());
        }
    }

    @Test
    void aChosenPlaceThatCannotHoldAFolderFailsWithAReason() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        model.export(file);
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Xuất hồ sơ không thành công:")
                .contains("Hãy chọn thư mục khác");
    }
}
