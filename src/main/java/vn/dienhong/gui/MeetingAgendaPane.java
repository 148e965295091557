package vn.dienhong.gui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The agenda (chương trình) of the new meeting: each item's title on its own line, then who presents
 * it, its minutes and its sitting; the agenda may stay empty and be filled in later.
 */
final class MeetingAgendaPane extends VBox {
    private final NewMeetingViewModel model;
    private final LanguageModel language;
    private final VBox rows = new VBox(10);

    MeetingAgendaPane(NewMeetingViewModel model, LanguageModel language) {
        this.model = model;
        this.language = language;
        getStyleClass().add("meeting-section");
        setSpacing(8);
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(language.text("meeting.agenda"));
        Label empty = FloorView.hint(language.text("meeting.agenda.empty"));
        empty.visibleProperty().bind(Bindings.isEmpty(model.rows().items()));
        empty.managedProperty().bind(empty.visibleProperty());
        Button add = MeetingFormParts.rowButton("addItem", language, "meeting.item.add", model.rows()::addItem);
        getChildren().addAll(heading, empty, rows, add);
        model.rows().items().addListener((ListChangeListener<ItemDraft>) change -> showRows());
        showRows();
    }

    private void showRows() {
        rows.getChildren().clear();
        int n = 0;
        for (ItemDraft item : model.rows().items()) {
            n++;
            Label number = new Label(n + ".");
            number.getStyleClass().add("row-number");
            TextField title = MeetingFormParts.text("itemTitle" + n, item.titleProperty(), 30);
            HBox.setHgrow(title, Priority.ALWAYS);
            Button remove = MeetingFormParts.rowButton("removeItem" + n, language, "meeting.remove",
                    () -> model.rows().removeItem(item));
            HBox first = new HBox(8, number, MeetingFormParts.caption(language, "meeting.item.title"), title, remove);
            first.setAlignment(Pos.CENTER_LEFT);

            TextField presenter = MeetingFormParts.text("itemPresenter" + n, item.presenterProperty(), 16);
            HBox.setHgrow(presenter, Priority.ALWAYS);
            TextField minutes = MeetingFormParts.text("itemMinutes" + n, item.minutesProperty(), 3);
            minutes.setMinWidth(70);
            ComboBox<Integer> sitting = new ComboBox<>(model.rows().sittingNumbers());
            sitting.setId("itemSitting" + n);
            sitting.valueProperty().bindBidirectional(item.sittingProperty());
            HBox second = new HBox(8, MeetingFormParts.caption(language, "meeting.item.presenter"), presenter,
                    MeetingFormParts.caption(language, "meeting.item.minutes"), minutes,
                    MeetingFormParts.caption(language, "meeting.item.sitting"), sitting);
            second.setAlignment(Pos.CENTER_LEFT);
            second.setPadding(new Insets(0, 0, 0, 30));
            VBox row = new VBox(6, first, second);
            row.getStyleClass().add("item-row");
            rows.getChildren().add(row);
        }
    }
}
