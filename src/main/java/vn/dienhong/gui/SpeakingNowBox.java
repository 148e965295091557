package vn.dienhong.gui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.SpeakerRequest;

/**
 * Who has the floor now (Đang phát biểu), what about, and the time left in large figures that turn
 * orange near the end and red over time, with the button that ends the turn.
 */
final class SpeakingNowBox extends VBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERTIME = PseudoClass.getPseudoClass("overtime");
    private static final PseudoClass NOBODY = PseudoClass.getPseudoClass("nobody");
    private final SpeakerQueueViewModel model;
    private final LanguageModel language;

    SpeakingNowBox(SpeakerQueueViewModel model, LanguageModel language) {
        this.model = model;
        this.language = language;
        createView();
    }

    private void createView() {
        getStyleClass().add("speaking-box");
        setSpacing(4);
        Label caption = new Label();
        caption.getStyleClass().add("speaking-caption");
        caption.textProperty().bind(language.text("speaker.now"));
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        Label name = wrapped("speakingName", "speaking-name");
        name.textProperty().bind(language.bind(m -> speaker() == null ? m.get("speaker.now.none")
                : SpeakerTexts.name(m, speaker()), model.speakingProperty()));
        Label about = wrapped("speakingAbout", "speaking-about");
        about.textProperty().bind(language.bind(m -> speaker() == null ? m.get("speaker.now.hint")
                : SpeakerTexts.about(m, speaker(), model.limit(speaker().kind())), model.speakingProperty()));
        Label countdown = wrapped("speakingCountdown", "speaking-countdown");
        countdown.textProperty().bind(model.clock().text());
        countdown.visibleProperty().bind(model.speakingProperty().isNotNull());
        countdown.managedProperty().bind(countdown.visibleProperty());
        model.clock().phaseProperty().subscribe(phase -> {
            countdown.pseudoClassStateChanged(WARNING, phase == SpeakingClock.Phase.WARNING);
            countdown.pseudoClassStateChanged(OVERTIME, phase == SpeakingClock.Phase.OVERTIME);
            pseudoClassStateChanged(OVERTIME, phase == SpeakingClock.Phase.OVERTIME);
        });
        Button end = FloorView.button("endTurn", "speaker.end", language, "floor-button-danger");
        end.setMaxWidth(Region.USE_PREF_SIZE);
        end.setMinWidth(Region.USE_PREF_SIZE);
        end.disableProperty().bind(model.speakingProperty().isNull().or(model.busyProperty()));
        end.visibleProperty().bind(model.speakingProperty().isNotNull());
        end.managedProperty().bind(end.visibleProperty());
        end.setOnAction(e -> model.endTurn());
        HBox top = new HBox(10, caption, end);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinHeight(44); // the same height with or without the button, so nothing jumps
        getChildren().addAll(top, name, about, countdown);
        Ticker.whileShowing(this, model.clock()::tick);
        model.speakingProperty().subscribe(now -> pseudoClassStateChanged(NOBODY, now == null));
    }

    private SpeakerRequest speaker() {
        return model.speakingProperty().get();
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
