package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.model.HallEvent;

/** The console as the operator sees it, on a real demo hall, driven with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private static final String ADDRESS = "http://192.168.1.20:8080/";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    // built here, on the test thread, so seeding does not hold up the JavaFX thread
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ConsoleViewModel(hall.services, List.of(ADDRESS, "http://10.0.0.5:8080/"), Platform::runLater,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(new ConsoleView(model), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            model.dispose();
        });
        hall.close();
    }

    @Test
    void showsTheSessionInVietnamese(FxRobot robot) throws Exception {
        awaitAgenda();

        assertThat(text(robot, "#councilName")).isEqualTo("Hội đồng nhân dân tỉnh Lạc Hồng – khóa XVII");
        // the font comes from the jar, so a kiosk PC without Vietnamese fonts still shows every letter
        assertThat(ConsoleFonts.load()).contains("DejaVu Sans", "DejaVu Sans Bold");
        assertThat(robot.lookup("#councilName").queryAs(Label.class).getFont().getFamily())
                .isEqualTo(ConsoleFonts.FAMILY);
        assertThat(text(robot, "#meetingTitle")).isEqualTo("Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh Lạc Hồng khóa XVII");
        assertThat(text(robot, "#sittingTitle")).startsWith("Phiên họp sáng ").endsWith("khai mạc lúc 08:00");
        Label demo = robot.lookup("#demoBadge").queryAs(Label.class);
        assertThat(demo.isVisible()).isTrue();
        assertThat(demo.getText()).isEqualTo("DEMO – dữ liệu minh họa");
        assertThat(visibleTexts(robot)).contains("Chương trình kỳ họp", "Nội dung đang thảo luận",
                "Chuyển sang nội dung này", "Máy tính bảng của đại biểu", "Sự kiện gần đây", "Toàn màn hình",
                "Khai mạc kỳ họp; thông qua chương trình kỳ họp", "Chủ tịch HĐND tỉnh · 20 phút",
                "Báo cáo tình hình kinh tế – xã hội năm 2026, phương hướng, nhiệm vụ năm 2027");
        assertThat(text(robot, "#currentItem")).isEqualTo("1. Khai mạc kỳ họp; thông qua chương trình kỳ họp");
        assertThat(isCurrent(robot, 1)).isTrue();
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();

        assertThat(text(robot, "#tabletAddress")).isEqualTo(ADDRESS);
        assertThat(text(robot, "#otherAddresses")).contains("http://10.0.0.5:8080/");
        assertThat(decodeQr(robot.lookup("#qrCode").queryAs(ImageView.class).getImage())).isEqualTo(ADDRESS);
        assertThat(text(robot, "#tabletCount")).isEqualTo("Máy tính bảng đang kết nối: 0");
        hall.services.presence().connected();
        hall.services.presence().connected();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#tabletCount")).isEqualTo("Máy tính bảng đang kết nối: 2");
    }

    @Test
    void movesTheHallToTheChosenItem(FxRobot robot) throws Exception {
        awaitAgenda();
        Button move = robot.lookup("#moveToItem").queryButton();
        assertThat(move.isDisabled()).as("nothing chosen yet").isTrue();

        robot.clickOn("#agendaItem3");
        assertThat(move.isDisabled()).isFalse();
        robot.clickOn("#moveToItem");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isCurrent(robot, 3));

        assertThat(isCurrent(robot, 1)).isFalse();
        assertThat(text(robot, "#currentItem")).startsWith("3. Báo cáo đánh giá thực hiện dự toán ngân sách");
        assertThat(hall.snapshot().meeting().currentAgendaItemId()).isEqualTo(hall.item(3).id());
        ListView<HallEvent> feed = robot.lookup("#eventFeed").queryListView();
        assertThat(feed.getItems()).hasSize(1);
        assertThat(visibleTexts(robot)).anyMatch(t -> t.startsWith("Chuyển sang nội dung 3: Báo cáo đánh giá"));
        assertThat(move.isDisabled()).as("the chosen item is already under discussion").isTrue();
    }

    @Test
    void aFailedMoveTellsTheOperatorWhatToDoUntilDismissed(FxRobot robot) throws Exception {
        awaitAgenda();
        hall.services.executors().close(); // the hall can no longer take changes

        robot.clickOn("#agendaItem2");
        robot.clickOn("#moveToItem");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorBanner").query().isVisible());

        assertThat(text(robot, "#errorMessage"))
                .isEqualTo("Máy chủ hội trường đang bận nên chưa làm được việc này. Chờ vài giây rồi thử lại.");
        assertThat(isCurrent(robot, 1)).as("nothing moved").isTrue();
        robot.clickOn("#dismissError");
        assertThat(robot.lookup("#errorBanner").query().isVisible()).isFalse();
    }

    @Test
    void switchesToEnglishAndBack(FxRobot robot) throws Exception {
        awaitAgenda();
        robot.clickOn("#languageButton");

        assertThat(visibleTexts(robot)).contains("Session agenda", "Item under discussion", "Move to this item",
                "Recent events", "DEMO – sample data", "Tiếng Việt", "Chủ tịch HĐND tỉnh · 20 min");
        assertThat(text(robot, "#councilName")).isEqualTo("Hội đồng nhân dân tỉnh Lạc Hồng – term XVII");
        assertThat(text(robot, "#tabletCount")).isEqualTo("Tablets connected: 0");

        robot.clickOn("#languageButton");
        assertThat(visibleTexts(robot)).contains("Chương trình kỳ họp", "English");
    }

    @Test
    void fullScreenIgnoresEscAndLeavesOnlyAfterTheOperatorConfirms(FxRobot robot) throws Exception {
        awaitAgenda();
        robot.clickOn("#fullScreen");
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(text(robot, "#fullScreen")).isEqualTo("Thoát toàn màn hình");

        robot.type(KeyCode.ESCAPE);
        assertThat(stage.isFullScreen()).as("Esc must not leave the kiosk").isTrue();

        robot.clickOn("#fullScreen");
        assertThat(visibleTexts(robot)).contains("Thoát chế độ toàn màn hình?", "Ở lại toàn màn hình");
        robot.clickOn("#confirmNo");
        assertThat(stage.isFullScreen()).isTrue();

        robot.clickOn("#fullScreen");
        robot.clickOn("#confirmYes");
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(text(robot, "#fullScreen")).isEqualTo("Toàn màn hình");
    }

    private void awaitAgenda() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().items().size() == 9);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The texts of every visible label and button in every window, as the operator could read them. */
    private static Set<String> visibleTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled && shown(n)).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static boolean isCurrent(FxRobot robot, int ordinal) {
        Set<Node> cells = robot.lookup("#agendaItem" + ordinal).queryAll();
        return cells.stream().anyMatch(c -> c.getPseudoClassStates().contains(CURRENT));
    }

    private static String decodeQr(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                pixels, 0, width);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
