package vn.dienhong.gui;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.SpeakerRequest;

/** One waiting request: its place in the queue, the delegate, and the kind (with whom a question asks) and topic. */
final class SpeakerCell extends ListCell<SpeakerRequest> {
    private final LanguageModel language;
    private final Label place = new Label();
    private final Label name = new Label();
    private final Label about = new Label();
    private final HBox row;

    SpeakerCell(LanguageModel language) {
        this.language = language;
        place.getStyleClass().add("speaker-place");
        place.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("speaker-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        about.getStyleClass().add("speaker-about");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, about);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(12, place, text);
        row.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SpeakerRequest request, boolean empty) {
        super.updateItem(request, empty);
        if (empty || request == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        Messages m = language.messages();
        setId("speaker" + request.id());
        place.setText(String.valueOf(getIndex() + 1));
        name.setText(SpeakerTexts.name(m, request));
        about.setText(SpeakerTexts.kindAndTopic(m, request));
        setGraphic(row);
    }
}
