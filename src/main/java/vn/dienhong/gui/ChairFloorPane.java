package vn.dienhong.gui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.gui.ChairFloorViewModel.Next;

/**
 * The floor on the chair display between votes: who speaks (name, seat, kind and topic) with the
 * time left in very large figures, and beside it the next few in the queue in order, so the chair
 * can call the next speaker and the hall knows whose turn is coming.
 */
final class ChairFloorPane extends HBox {
    static final double NEXT_WIDTH = 700;
    private static final PseudoClass NOBODY = PseudoClass.getPseudoClass("nobody");
    private final ChairFloorViewModel model;
    private final LanguageModel language;

    ChairFloorPane(ChairFloorViewModel model, LanguageModel language) {
        this.model = model;
        this.language = language;
        setId("chairFloor");
        getStyleClass().add("chair-floor");
        setSpacing(36);
        getChildren().addAll(speaker(), next());
    }

    private Node speaker() {
        Label caption = ChairDisplayView.label(null, "chair-speaker-caption", language.text("speaker.now"));
        Label name = ChairDisplayView.label("chairSpeakerName", "chair-speaker-name", model.speakerName());
        Label kind = shownWhenSet(ChairDisplayView.label("chairSpeakerKind", "chair-speaker-kind",
                model.speakerKind()));
        Label topic = shownWhenSet(ChairDisplayView.label("chairSpeakerTopic", "chair-speaker-topic",
                model.speakerTopic()));
        Region space = new Region();
        VBox.setVgrow(space, Priority.ALWAYS);
        HBox clock = new HBox(new ChairTurnClock(model, "chairTurn", false));
        clock.setAlignment(Pos.CENTER);
        VBox card = new VBox(10, caption, name, kind, topic, space, clock);
        card.setId("chairSpeaker");
        card.getStyleClass().add("chair-speaker");
        card.setMinWidth(0);
        card.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(card, Priority.ALWAYS);
        model.speakingProperty().subscribe(now -> card.pseudoClassStateChanged(NOBODY, now == null));
        return card;
    }

    private Node next() {
        Label heading = ChairDisplayView.label("chairNextHeading", "chair-next-heading", model.nextHeading());
        VBox rows = new VBox(18);
        rows.setId("chairNextList");
        model.next().subscribe(next -> rows.getChildren().setAll(next.stream().map(ChairFloorPane::row).toList()));
        VBox box = new VBox(18, heading, rows);
        box.getStyleClass().add("chair-next");
        box.setMinWidth(NEXT_WIDTH);
        box.setPrefWidth(NEXT_WIDTH);
        box.setMaxWidth(NEXT_WIDTH);
        // nobody waiting: the speaker gets the whole width
        box.visibleProperty().bind(model.next().map(List::isEmpty).map(empty -> !empty));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node row(Next next) {
        Label place = new Label(String.valueOf(next.place()));
        place.getStyleClass().add("chair-next-place");
        place.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label name = text(next.name(), "chair-next-name");
        Label kind = text(next.about(), "chair-next-kind");
        VBox words = new VBox(2, name, kind);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(18, place, words);
        row.setId("chairNext-" + next.place());
        row.getStyleClass().add("chair-next-row");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label text(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label shownWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
