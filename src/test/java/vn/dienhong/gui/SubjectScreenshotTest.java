package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
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
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;

/**
 * Renders the vote tab (1280×800) and the chair display (1920×1080) after a confidence rating of six
 * officials closed, into target/screenshots/ for a person to look at (copied to docs/screenshots/).
 */
@ExtendWith(ApplicationExtension.class)
class SubjectScreenshotTest {
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
    void rendersTheVoteTabAndTheChairDisplayAfterAConfidenceRating(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().items().size() == 9);
        hall.services.meetings().moveTo(hall.item(8).id()).get(5, TimeUnit.SECONDS);
        robot.clickOn("#votesTab");
        Vote vote = SubjectBallots.open(hall, VoteKind.CONFIDENCE_RATING, SubjectBallots.RATING_TITLE,
                SubjectBallots.OFFICIALS, 1);
        SubjectBallots.cast(hall, vote.id(), 46, SubjectBallots.OFFICIALS.size(), SubjectBallots::rating);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.votes().live().progress().get().startsWith("Đã biểu quyết: 46/"));
        save(robot, chair, "chair-display-rating-open.png");

        robot.clickOn("#closeVote");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !model.votes().result().audit().get().isEmpty()
                && !chairModel.result().audit().get().isEmpty() && !chairModel.result().subjects().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.votes().result().subjects().get()).hasSize(6);
        // a 1280×800 console shows two people at a time: scroll to the one who may resign, as the operator would
        robot.interact(() -> {
            ScrollPane list = robot.lookup(".subject-scroll").queryAs(ScrollPane.class);
            Node row = robot.lookup("#subjectRow2").query();
            double hidden = list.getContent().getLayoutBounds().getHeight() - list.getViewportBounds().getHeight();
            list.setVvalue(Math.min(1, row.getBoundsInParent().getMinY() / hidden));
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, stage.getScene(), "console-rating.png");
        save(robot, chair, "chair-display-rating.png");
    }

    private static void save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Path out = ConsoleScreenshotTest.OUT;
        Files.createDirectories(out);
        ImageIO.write(ConsoleScreenshotTest.toBuffered(shot[0]), "png", out.resolve(name).toFile());
    }
}
