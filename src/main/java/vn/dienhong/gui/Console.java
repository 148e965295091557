package vn.dienhong.gui;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.dienhong.logic.ArchiveExporter;
import vn.dienhong.logic.HallServices;

/**
 * The one door from the application into the operator console: starts JavaFX without an
 * Application subclass, shows the console window and returns when the operator has closed it.
 */
public final class Console {
    private static final AtomicBoolean RAN = new AtomicBoolean();

    private Console() {
    }

    /**
     * Starts the JavaFX toolkit (Platform.startup), shows the operator console, and blocks until its
     * window is closed; the toolkit is shut down on return, so call it once per process and never
     * from the JavaFX thread. Throws IllegalStateException when the window could not be opened.
     */
    public static void run(HallServices services, List<String> tabletAddresses, boolean fullScreen) {
        run(services, tabletAddresses, fullScreen, null);
    }

    /** The same, with the "Xuất hồ sơ" action exporting through {@code archive}. */
    public static void run(HallServices services, List<String> tabletAddresses, boolean fullScreen,
                           ArchiveExporter archive) {
        Objects.requireNonNull(services, "services");
        List<String> addresses = List.copyOf(tabletAddresses);
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Console.run blocks until the window closes; call it off the FX thread");
        }
        if (!RAN.compareAndSet(false, true)) {
            throw new IllegalStateException("Console.run shuts JavaFX down when it returns; call it once per process");
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable show = () -> {
            try {
                open(services, addresses, fullScreen, archive, closed);
            } catch (RuntimeException e) {
                failure.set(e);
                closed.countDown();
            }
        };
        try {
            Platform.startup(show);
        } catch (IllegalStateException alreadyStarted) {
            Platform.runLater(show);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.exit();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the operator console could not be opened", failure.get());
        }
    }

    private static void open(HallServices services, List<String> addresses, boolean fullScreen,
                             ArchiveExporter archive, CountDownLatch closed) {
        ConsoleViewModel model = new ConsoleViewModel(services, addresses, Platform::runLater, ZoneId.systemDefault());
        OperatorDialogs dialogs = OperatorDialogs.alerts();
        ConsoleView view = new ConsoleView(model, dialogs, archive);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.titleProperty().bind(model.language().text("app.title"));
        stage.setMinWidth(1000);
        stage.setMinHeight(700);
        FullScreenToggle.prepare(stage);
        // Closing the console stops the operator's control of the hall, so it is never one stray click.
        stage.setOnCloseRequest(e -> {
            Messages m = model.language().messages();
            if (!dialogs.confirm(stage, m.get("close.confirm.title"), m.get("close.confirm.message"),
                    m.get("close.confirm.yes"), m.get("close.confirm.no"))) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            model.dispose();
            closed.countDown();
        });
        stage.setMaximized(!fullScreen);
        stage.show();
        // after show(): some glass ports (Monocle) cannot make a window full screen before it has focus
        stage.setFullScreen(fullScreen);
    }
}
