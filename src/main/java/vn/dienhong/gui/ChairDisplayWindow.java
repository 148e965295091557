package vn.dienhong.gui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The chair display's own window, opened and closed from the console: full screen on the second
 * screen when the PC has one (the hall's projector or TV), else an ordinary window to drag there.
 */
final class ChairDisplayWindow {
    static final double WINDOW_WIDTH = 1280;
    static final double WINDOW_HEIGHT = 720;
    private final Supplier<ChairDisplayViewModel> models;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private Stage stage;

    /** {@code models} makes a fresh model each time the window opens; the window starts and stops it. */
    ChairDisplayWindow(Supplier<ChairDisplayViewModel> models) {
        this.models = models;
    }

    /** Opens the window, or closes it when it is open; call on the JavaFX thread. */
    void toggle() {
        if (stage == null) {
            open();
        } else {
            close();
        }
    }

    private void open() {
        ChairDisplayViewModel model = models.get();
        ChairDisplayView view = new ChairDisplayView(model);
        Stage window = new Stage();
        window.setScene(new Scene(view, WINDOW_WIDTH, WINDOW_HEIGHT));
        window.titleProperty().bind(model.language().text("chair.window"));
        // full screen on the hall's screen must show no "press Esc" hint and ignore stray keys
        FullScreenToggle.prepare(window);
        Optional<Screen> hall = hallScreen();
        hall.ifPresent(screen -> {
            Rectangle2D bounds = screen.getBounds();
            window.setX(bounds.getMinX());
            window.setY(bounds.getMinY());
            window.setWidth(bounds.getWidth());
            window.setHeight(bounds.getHeight());
        });
        window.setOnHidden(e -> {
            model.dispose();
            stage = null;
            showing.set(false);
        });
        stage = window;
        window.show();
        showing.set(true);
        // after show(): the window must be on its screen before it can fill it
        window.setFullScreen(hall.isPresent());
    }

    /** Closes the window if it is open. */
    void close() {
        if (stage != null) {
            stage.close();
        }
    }

    /** True while the chair display is open. */
    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The screen that is not the console's: the second one, when there is more than one. */
    static Optional<Screen> hallScreen() {
        if (Screen.getScreens().size() <= 1) {
            return Optional.empty();
        }
        return Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst();
    }
}
