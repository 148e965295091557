package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * Renders the vote tab after a vote closed (1280×800) and the chair display after an open vote
 * closed (1920×1080) into target/screenshots/, for a person to look at (copied to docs/screenshots/).
 */
@ExtendWith(ApplicationExtension.class)
class VoteScreenshotTest {
    private static final String TITLE = "Thông qua Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 "
            + "(điều chỉnh)";
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleViewModel model;
    private ChairDisplayViewModel chairModel;
    private Stage stage;
    private Scene chair;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ConsoleViewModel(hall.services, List.of("http://192.168.1.20:8080/"), Platform::runLater,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(new ConsoleView(model), 1280, 800));
        stage.show();
        chairModel = model.newChairDisplay();
        // the chair display needs no window, let alone a second screen, to be drawn
        chair = new Scene(new ChairDisplayView(chairModel), ChairDisplayView.WIDTH, ChairDisplayView.HEIGHT);
    }

    @AfterEach
    void close() {
        Platform.runLater(() -> {
            chairModel.dispose();
            model.dispose();
        });
        hall.close();
    }

    @Test
    void rendersTheVoteTabAndTheChairDisplayAfterAnOpenVote(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().items().size() == 9);
        hall.services.meetings().moveTo(hall.item(8).id()).get(5, TimeUnit.SECONDS);
        // a vote that went wrong and was cancelled, then its re-run: the list shows both
        Vote first = hall.services.votes().create(new NewVote(TITLE, VoteKind.RESOLUTION, VoteForm.OPEN,
                Threshold.MAJORITY_OF_TOTAL, hall.item(8).id(), 60, false, null)).get(5, TimeUnit.SECONDS);
        hall.services.votes().cancel(first.id()).get(5, TimeUnit.SECONDS);
        Vote vote = hall.services.votes().create(new NewVote(TITLE, VoteKind.RESOLUTION, VoteForm.OPEN,
                Threshold.MAJORITY_OF_TOTAL, hall.item(8).id(), 60, false, first.id())).get(5, TimeUnit.SECONDS);
        hall.services.votes().open(vote.id()).get(5, TimeUnit.SECONDS);
        for (int n = 1; n <= 46; n++) {
            TestUi.cast(hall.services, vote.id(), n, n % 15 == 0 ? "REJECT" : n % 23 == 0 ? "ABSTAIN" : "APPROVE");
        }
        robot.clickOn("#votesTab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.votes().live().progress().get().startsWith("Đã biểu quyết: 46/"));
        save(robot, stage.getScene(), "console-vote-open.png");
        save(robot, chair, "chair-display-open.png");

        robot.clickOn("#closeVote");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !chairModel.seats().get().isEmpty()
                && !model.votes().result().audit().get().isEmpty() && !chairModel.result().audit().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.votes().result().lines().get()).contains("Tán thành: 41/50 đại biểu (82,00%)");
        save(robot, stage.getScene(), "console-vote.png");
        save(robot, chair, "chair-display.png");
    }

    private static void save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Path out = ConsoleScreenshotTest.OUT;
        Files.createDirectories(out);
        ImageIO.write(ConsoleScreenshotTest.toBuffered(shot[0]), "png", out.resolve(name).toFile());
    }
}
