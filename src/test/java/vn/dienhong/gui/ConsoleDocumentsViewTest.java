package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.gui.ListRows.cellTexts;
import static vn.dienhong.gui.ListRows.clickCell;
import static vn.dienhong.gui.ListRows.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.LibraryEntry;
import vn.dienhong.model.PaperSaved;

/** The operator loads, replaces and withdraws session documents from the console's Tài liệu tab, on a real demo hall. */
@ExtendWith(ApplicationExtension.class)
class ConsoleDocumentsViewTest {
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
    void loadsAPdfThroughItsFormAndListsItUnderItsCategory(FxRobot robot) throws Exception {
        int before = openTab(robot);
        PaperSaved paper = hall.services.documents().stats().paperSaved();
        TextPdfWriter.Pdf written = new TextPdfWriter().write("HĐND TỈNH LẠC HỒNG", "Dự thảo Nghị quyết",
                List.of("Điều 1. Giao biên chế công chức năm 2027.", "Điều 2. Tổ chức thực hiện."));
        Path pdf = Files.write(dir.resolve("Du_thao_NQ_bien_che_2027.pdf"), written.bytes());
        robot.interact(() -> model.documents().addFiles(List.of(pdf)));

        TextInputControl title = robot.lookup("#draftTitle1").queryAs(TextInputControl.class);
        assertThat(title.getText()).as("prefilled from the file name").isEqualTo("Du thao NQ bien che 2027");
        assertThat(robot.lookup("#publishDraft1").queryButton().isDisabled()).as("no category yet").isTrue();
        robot.clickOn("#draftTitle1").push(KeyCode.END).eraseText(title.getText().length()).write("Dự thảo Nghị quyết về biên chế năm 2027");
        robot.clickOn("#draftNumber1").write("15/NQ-HĐND");
        choose(robot, "#draftCategory1", "Dự thảo nghị quyết");
        robot.clickOn(FormRobot.reveal(robot, "#draftRestricted1"));
        robot.clickOn(FormRobot.reveal(robot, "#publishDraft1"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown().size() == before + 1);
        Document loaded = shown().stream().filter(d -> d.title().equals("Dự thảo Nghị quyết về biên chế năm 2027"))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#documentList").queryListView().getSelectionModel().getSelectedItem())
                .as("chosen and scrolled to, so the operator sees it").isEqualTo(loaded);
        assertThat(cellTexts(robot, "#document" + loaded.id())).containsExactly("Dự thảo nghị quyết", "Hạn chế",
                "Dự thảo Nghị quyết về biên chế năm 2027",
                "Số: 15/NQ-HĐND · " + written.pages() + " trang · Bản 1 · Toàn thể đại biểu");
        assertThat(robot.lookup("#draftTitle1").tryQuery()).as("the form goes once loaded").isEmpty();
        assertThat(text(robot, "#documentCount")).isEqualTo((before + 1) + " tài liệu");
        long printed = paper.printedPages() + (long) written.pages() * ConsoleTestHall.DELEGATES;
        assertThat(text(robot, "#paperSaved")).isEqualTo(String.format("Giấy tiết kiệm: %s trang không phải in "
                + "(%d tài liệu, %d trang, nhân với số người nhận)", grouped(printed), paper.documents() + 1,
                paper.pages() + written.pages()));
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
        assertThat(hall.services.documents().library().library(OperatorCommands.CONSOLE)).map(LibraryEntry::document)
                .filteredOn(d -> d.id() == loaded.id()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(DocumentCategory.DRAFT_RESOLUTION))
                .satisfies(d -> assertThat(d.restricted()).isTrue());
    }

    @Test
    void showsTheRefusalOfAFileThatIsNotAPdfOrIsClassifiedAndAddsNothing(FxRobot robot) throws Exception {
        int before = openTab(robot);
        String paper = text(robot, "#paperSaved");
        Path notes = Files.writeString(dir.resolve("ghi_chu_cuoc_hop.txt"), "Ghi chú, không phải PDF.",
                StandardCharsets.UTF_8);
        robot.interact(() -> model.documents().addFiles(List.of(notes)));
        choose(robot, "#draftCategory1", "Thông báo");
        robot.clickOn(FormRobot.reveal(robot, "#publishDraft1"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorBanner").query().isVisible());
        assertThat(text(robot, "#errorMessage")).isEqualTo("Không nạp được tệp “ghi_chu_cuoc_hop.txt”: Tệp không phải "
                + "PDF. Hãy lưu tài liệu thành PDF (hoặc nạp tệp Word/Excel khi máy có LibreOffice). Chưa có gì thay đổi.");
        assertThat(robot.lookup("#draftTitle1").tryQuery()).as("the form stays to be corrected or dropped").isPresent();

        robot.clickOn("#discardDraft1");
        Path secret = pdf("Phuong_an_nhan_su.pdf");
        robot.interact(() -> model.documents().addFiles(List.of(secret)));
        choose(robot, "#draftCategory2", "Tờ trình");
        robot.clickOn(FormRobot.reveal(robot, "#draftClassified2"));
        robot.clickOn(FormRobot.reveal(robot, "#publishDraft2"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#errorMessage").contains("“Phuong_an"));
        assertThat(text(robot, "#errorMessage")).startsWith("Không nạp được tệp “Phuong_an_nhan_su.pdf”: Tài liệu mật "
                + "không được phát hành điện tử");
        assertThat(robot.lookup("#draftTitle1").tryQuery()).isEmpty();
        assertThat(shown()).hasSize(before);
        assertThat(text(robot, "#documentCount")).isEqualTo(before + " tài liệu");
        assertThat(text(robot, "#paperSaved")).isEqualTo(paper);
        assertThat(hall.services.documents().library().library(OperatorCommands.CONSOLE)).hasSize(before);
    }

    @Test
    void withdrawsTheChosenDocumentOnlyAfterTheOperatorConfirms(FxRobot robot) throws Exception {
        int before = openTab(robot);
        String paper = text(robot, "#paperSaved");
        Document chosen = shown().get(1);
        clickCell(robot, "#document" + chosen.id());
        robot.clickOn("#withdrawDocument");
        robot.clickOn("#confirmNo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).hasSize(before).contains(chosen);

        robot.clickOn("#withdrawDocument");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown().size() == before - 1);
        assertThat(shown()).extracting(Document::id).doesNotContain(chosen.id());
        assertThat(robot.lookup("#document" + chosen.id()).match(Node::isVisible).tryQuery()).isEmpty();
        assertThat(text(robot, "#documentCount")).isEqualTo((before - 1) + " tài liệu");
        assertThat(text(robot, "#paperSaved")).isNotEqualTo(paper)
                .contains("(" + (before - 1) + " tài liệu, ");
    }

    @Test
    void replacesTheChosenDocumentWithVersionTwoMarkedNew(FxRobot robot) throws Exception {
        openTab(robot);
        Document chosen = shown().get(0);
        clickCell(robot, "#document" + chosen.id());
        Path newVersion = pdf("Chuong_trinh_ky_hop_sua_doi.pdf");
        // the native file chooser of "Thay bản mới…" cannot be driven: hand its answer to the model
        robot.interact(() -> model.documents().shelf().replace(chosen, newVersion));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown().stream()
                .anyMatch(d -> Long.valueOf(chosen.id()).equals(d.replacesId())));
        Document replaced = shown().stream().filter(d -> Long.valueOf(chosen.id()).equals(d.replacesId()))
                .findFirst().orElseThrow();
        List<String> texts = cellTexts(robot, "#document" + replaced.id());
        assertThat(texts).contains(chosen.title());
        assertThat(texts.get(texts.size() - 1)).contains("Bản 2 – Bản mới");
        assertThat(shown()).extracting(Document::id).doesNotContain(chosen.id());
    }

    /** Opens the tab once the demo's documents are listed; returns how many. */
    private int openTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown().isEmpty()
                && model.documents().shelf().paperProperty().get() != null);
        robot.clickOn("#documentsTab");
        return shown().size();
    }

    private List<Document> shown() {
        return model.documents().shelf().documents();
    }

    /** Opens a choice list and clicks the choice that reads {@code words}. */
    private static void choose(FxRobot robot, String box, String words) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> n instanceof Labeled l
                && words.equals(l.getText())).queryAs(Node.class));
    }

    private Path pdf(String name) throws IOException {
        return Files.write(dir.resolve(name), new TextPdfWriter().write("HĐND TỈNH LẠC HỒNG", name,
                List.of("Nội dung thử.")).bytes());
    }

    /** 12480 as "12.480", the way Vietnamese groups thousands. */
    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
