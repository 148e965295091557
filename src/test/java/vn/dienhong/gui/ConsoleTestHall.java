package vn.dienhong.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import vn.dienhong.logic.DemoSeeder;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.PinHasher;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.MeetingSnapshot;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;

/**
 * A real hall (the services on a private in-memory H2, without the tablet server), so the console's
 * tests drive the same services as the app.
 */
final class ConsoleTestHall implements AutoCloseable {
    static final int DELEGATES = 50;
    final Database db;
    final FileStore files;
    final HallServices services;

    private ConsoleTestHall(Path dir) {
        this.db = Database.openInMemory();
        this.files = new FileStore(dir);
        this.services = HallServices.create(db, files, HallSettings.defaults().withPbkdf2Iterations(1000),
                Clock.systemDefaultZone());
    }

    /** A hall with the demo session of the fictional Lạc Hồng provincial council. */
    static ConsoleTestHall demo() {
        ConsoleTestHall hall = empty();
        hall.seed();
        return hall;
    }

    /** A hall whose database holds no meeting yet. */
    static ConsoleTestHall empty() {
        try {
            return new ConsoleTestHall(Files.createTempDirectory("dienhong-gui-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void seed() {
        new DemoSeeder(db, files, new PinHasher(1000)).seedIfEmpty(DELEGATES, LocalDate.now());
    }

    /** The meeting as the database holds it now (blocking; fine in a test thread). */
    MeetingSnapshot snapshot() {
        return services.meetings().current().orElseThrow();
    }

    /** The demo agenda item with this ordinal (1-based). */
    AgendaItem item(int ordinal) {
        return snapshot().agenda().stream().filter(i -> i.ordinal() == ordinal).findFirst().orElseThrow();
    }

    /** Shows the console on this hall in the test's stage, at the control room's 1280×800. */
    ConsoleViewModel show(Stage stage) {
        ConsoleViewModel model = new ConsoleViewModel(services, List.of("http://192.168.1.20:8080/"), Platform::runLater,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        stage.setScene(new Scene(new ConsoleView(model), 1280, 800));
        stage.show();
        return model;
    }

    /** A chair display window on this hall and the console model it follows. */
    record ChairScreen(ConsoleViewModel console, ChairDisplayViewModel model) {
    }

    /** Shows a chair display on this hall in the test's stage (1280×720); {@code make} builds it from the console. */
    ChairScreen showChair(Stage stage, Function<ConsoleViewModel, ChairDisplayViewModel> make) {
        ConsoleViewModel console = new ConsoleViewModel(services, List.of(), Platform::runLater,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        console.start();
        ChairDisplayViewModel model = make.apply(console);
        stage.setScene(new Scene(new ChairDisplayView(model), 1280, 720));
        stage.show();
        return new ChairScreen(console, model);
    }

    /** Stops a chair display and its console model, then closes the hall. */
    void close(FxRobot robot, ChairScreen screen) {
        robot.interact(() -> {
            screen.model().dispose();
            screen.console().dispose();
        });
        close();
    }

    /** Hides every window the test opened besides its stage, stops the console's model and closes the hall. */
    void close(FxRobot robot, Stage stage, ConsoleViewModel model) {
        robot.interact(() -> {
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            model.dispose();
        });
        close();
    }

    @Override
    public void close() {
        services.close();
        db.close();
    }
}
