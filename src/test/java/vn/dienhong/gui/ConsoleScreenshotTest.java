package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
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
import vn.dienhong.model.AgendaItem;

/**
 * Renders the console with the demo session at 1280×800 into target/screenshots/, so a person can
 * look at what the operator sees (copy to docs/screenshots/ when the look changes).
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleScreenshotTest {
    static final Path OUT = Path.of("target", "screenshots");
    // built here, on the test thread, so seeding does not hold up the JavaFX thread
    private final ConsoleTestHall hall = ConsoleTestHall.demo();
    private ConsoleViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ConsoleViewModel(hall.services, List.of("http://192.168.1.20:8080/", "http://10.10.0.7:8080/"),
                Platform::runLater, ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(new ConsoleView(model), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        Platform.runLater(model::dispose);
        hall.close();
    }

    @Test
    void rendersTheDemoSession(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.agenda().items().size() == 9);
        for (int i = 0; i < 47; i++) {
            hall.services.presence().connected();
        }
        assertThat(hall.services.meetings().moveTo(hall.item(2).id()).get(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.agenda().currentItemProperty().get().ordinal() == 2);
        robot.interact(() -> {
            ListView<AgendaItem> agenda = robot.lookup("#agendaList").queryListView();
            agenda.getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "console.png");

        robot.clickOn("#languageButton");
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "console_en.png");
    }

    private void save(FxRobot robot, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Files.createDirectories(OUT);
        ImageIO.write(toBuffered(shot[0]), "png", OUT.resolve(name).toFile());
    }

    /** javafx.swing is not on the class path, so the pixels are copied by hand. */
    static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
