package vn.dienhong.gui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The speaker's time on the chair display, its words above large figures ("Thời gian còn lại" /
 * "02:41"), turning amber in the warning seconds and red over time so that the hall sees it from the
 * back without reading; one drawing for the floor panel and, smaller, for the band under a vote.
 */
final class ChairTurnClock extends VBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERTIME = PseudoClass.getPseudoClass("overtime");

    /** {@code id} names the box; its caption and figures are {@code id + "Caption"} and {@code id + "Figures"}. */
    ChairTurnClock(ChairFloorViewModel model, String id, boolean compact) {
        setId(id);
        getStyleClass().add("chair-turn");
        if (compact) {
            getStyleClass().add("compact");
        }
        setAlignment(Pos.CENTER);
        setMaxWidth(USE_PREF_SIZE);
        setMinWidth(USE_PREF_SIZE);
        Label caption = ChairDisplayView.label(id + "Caption", "chair-turn-caption", model.clockCaption());
        Label figures = ChairDisplayView.label(id + "Figures", "chair-turn-figures", model.clockFigures());
        figures.setWrapText(false);
        getChildren().addAll(caption, figures);
        model.clockPhase().subscribe(phase -> {
            pseudoClassStateChanged(WARNING, phase == SpeakingClock.Phase.WARNING);
            pseudoClassStateChanged(OVERTIME, phase == SpeakingClock.Phase.OVERTIME);
        });
        visibleProperty().bind(model.speakingProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
