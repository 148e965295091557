package vn.dienhong.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A band under a vote or its result on the chair display, shown while someone has the floor: the
 * vote stays the main content, yet the hall still sees who speaks and the time left, and a turn left
 * running into a vote shows (going over time in red) until the operator ends it.
 */
final class ChairFloorBand extends HBox {

    ChairFloorBand(ChairFloorViewModel model, LanguageModel language) {
        setId("chairFloorBand");
        getStyleClass().add("chair-band");
        setSpacing(32);
        setAlignment(Pos.CENTER_LEFT);
        Label caption = ChairDisplayView.label(null, "chair-band-caption", language.text("speaker.now"));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label name = ChairDisplayView.label("chairBandName", "chair-band-name", model.speakerName());
        Label kind = ChairDisplayView.label("chairBandKind", "chair-band-kind", model.speakerKind());
        VBox who = new VBox(2, name, kind);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        getChildren().addAll(caption, who, new ChairTurnClock(model, "chairBandTurn", true));
    }
}
