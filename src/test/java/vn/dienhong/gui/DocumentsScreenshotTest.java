package vn.dienhong.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.export.TextPdfWriter;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;

/**
 * Renders the Tài liệu tab at 1280×800 with two files waiting (one described), a replaced proposal
 * and a restricted draft resolution published tomorrow, in Vietnamese and English, into target/screenshots/ for a
 * person to look at (copied to docs/screenshots/).
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsScreenshotTest {
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    @TempDir
    Path dir;
    private ConsoleViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = hall.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        hall.close(robot, stage, model);
    }

    @Test
    void rendersTheDocumentsTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.documents().shelf().documents().isEmpty());
        Document proposal = model.documents().shelf().documents().stream()
                .filter(d -> d.category() == DocumentCategory.PROPOSAL).findFirst().orElseThrow();
        hall.services.documents().desk().replace(proposal.id(), "to-trinh-sua-doi.pdf",
                pdf("to-trinh-sua-doi.pdf")).get(20, TimeUnit.SECONDS);
        hall.services.documents().desk().publish(new NewDocument("Dự thảo Nghị quyết về biên chế công chức năm 2027",
                "DT-NQ/HĐND", DocumentCategory.DRAFT_RESOLUTION, hall.item(8).id(), DocumentAudience.DELEGATES, true,
                false, Instant.now().plus(1, ChronoUnit.DAYS), "bien-che.pdf"), pdf("bien-che.pdf"))
                .get(20, TimeUnit.SECONDS);
        Path report = pdf("Bao_cao_tham_tra_Ban_Van_hoa_Xa_hoi.pdf");
        Path press = pdf("Tong_hop_bao_chi_ngay_08-12.pdf");
        robot.clickOn("#documentsTab");
        robot.interact(() -> {
            model.documents().addFiles(List.of(report, press));
            DocumentDraft first = model.documents().drafts().get(0);
            first.titleProperty().set("Báo cáo thẩm tra của Ban Văn hóa – Xã hội");
            first.numberProperty().set("41/BC-VHXH");
            first.categoryProperty().set(DocumentCategory.REPORT);
            first.agendaItemProperty().set(model.documents().agendaChoices().get(5));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.documents().shelf().documents().stream()
                .anyMatch(d -> d.version() == 2) && model.documents().shelf().documents().size() == 13);
        robot.interact(() -> {
            ListView<Document> list = robot.lookup("#documentList").queryListView();
            int restricted = list.getItems().stream().filter(Document::restricted).findFirst()
                    .map(list.getItems()::indexOf).orElseThrow();
            list.getSelectionModel().select(restricted);
            list.scrollTo(list.getItems().indexOf(list.getItems().stream().filter(d -> d.version() == 2)
                    .findFirst().orElseThrow()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        FloorScreenshotTest.save(robot, stage.getScene(), "console-documents.png");
        robot.clickOn("#languageButton");
        WaitForAsyncUtils.waitForFxEvents();
        FloorScreenshotTest.save(robot, stage.getScene(), "console-documents_en.png");
    }

    private Path pdf(String name) throws Exception {
        return Files.write(dir.resolve(name), new TextPdfWriter().write("HĐND TỈNH LẠC HỒNG", name,
                List.of("Nội dung thử.", "Trang sau.")).bytes());
    }
}
