package vn.dienhong.gui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps the console in kiosk full screen: a stray Esc from the keyboard does nothing, and only the
 * operator leaves full screen, with the button and a confirmation.
 */
final class FullScreenToggle {
    private final Button button;
    private final LanguageModel language;
    private final OperatorDialogs dialogs;
    private final BooleanProperty fullScreen = new SimpleBooleanProperty();
    private final ChangeListener<Boolean> follow = (o, old, now) -> fullScreen.set(now);
    private Stage stage;

    FullScreenToggle(Button button, LanguageModel language, OperatorDialogs dialogs) {
        this.button = button;
        this.language = language;
        this.dialogs = dialogs;
        button.textProperty().bind(Bindings.when(fullScreen)
                .then(language.text("fullScreen.exit")).otherwise(language.text("fullScreen.enter")));
        button.setOnAction(e -> toggle());
        button.setDisable(true);
        button.sceneProperty().flatMap(scene -> scene.windowProperty()).addListener((o, old, now) -> attach(now));
    }

    /** Takes charge of the window the console is shown in; full screen needs a Stage. */
    private void attach(Window window) {
        if (stage != null) {
            stage.fullScreenProperty().removeListener(follow);
        }
        stage = window instanceof Stage s ? s : null;
        button.setDisable(stage == null);
        if (stage == null) {
            fullScreen.set(false);
            return;
        }
        prepare(stage);
        stage.fullScreenProperty().addListener(follow);
        fullScreen.set(stage.isFullScreen());
    }

    /** Makes a stage's full screen one that no key leaves and that shows no "press Esc" hint. */
    static void prepare(Stage stage) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
    }

    private void toggle() {
        if (stage == null) {
            return;
        }
        if (!stage.isFullScreen()) {
            stage.setFullScreen(true);
            return;
        }
        Messages m = language.messages();
        if (dialogs.confirm(stage, m.get("fullScreen.confirm.title"), m.get("fullScreen.confirm.message"),
                m.get("fullScreen.confirm.yes"), m.get("fullScreen.confirm.no"))) {
            stage.setFullScreen(false);
        }
    }
}
