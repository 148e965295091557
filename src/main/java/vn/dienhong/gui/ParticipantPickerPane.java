package vn.dienhong.gui;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Delegate;

/**
 * Đại biểu tham dự: the council's delegates as a checklist to search, with how many are ticked; the
 * whole row is the check box, so a click anywhere on a name ticks it.
 */
final class ParticipantPickerPane extends VBox {
    private final ParticipantChoice choice;
    private final LanguageModel language;

    ParticipantPickerPane(ParticipantChoice choice, LanguageModel language) {
        this.choice = choice;
        this.language = language;
        setId("participantPane");
        getStyleClass().add("meeting-section");
        setSpacing(8);
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(language.text("meeting.participants"));
        Label count = new Label();
        count.setId("participantCount");
        count.getStyleClass().add("floor-subheading");
        count.textProperty().bind(language.format("meeting.participants.count", choice.countProperty()));
        TextField filter = new TextField();
        filter.setId("participantFilter");
        filter.promptTextProperty().bind(language.text("meeting.participants.filter"));
        filter.textProperty().bindBidirectional(choice.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(8, filter,
                MeetingFormParts.rowButton("tickAll", language, "meeting.participants.all",
                        () -> choice.tickShown(true)),
                MeetingFormParts.rowButton("tickNone", language, "meeting.participants.none",
                        () -> choice.tickShown(false)));
        tools.setAlignment(Pos.CENTER_LEFT);
        ListView<Delegate> list = new ListView<>(choice.shown());
        list.setId("participantList");
        list.getStyleClass().add("floor-list");
        list.setCellFactory(v -> new ParticipantCell());
        list.setPlaceholder(FloorView.placeholder(language.text("meeting.participants.empty")));
        list.setPrefHeight(260);
        getChildren().addAll(heading, FloorView.hint(language.text("meeting.participants.hint")), tools, list, count);
    }

    /** One delegate: a check box with the name and group (tổ) as its label. */
    private final class ParticipantCell extends ListCell<Delegate> {
        private final CheckBox box = new CheckBox();
        private BooleanProperty bound;

        ParticipantCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setWrapText(true);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Delegate delegate, boolean empty) {
            super.updateItem(delegate, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || delegate == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("participant" + delegate.id());
            box.setText(delegate.groupName() == null ? delegate.fullName()
                    : language.messages().format("meeting.participant", delegate.fullName(), delegate.groupName()));
            bound = choice.tickedProperty(delegate);
            box.selectedProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
