package vn.dienhong.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sittings (phiên họp) of the new meeting, one row each with its name, day and opening time;
 * a meeting needs at least one, so the last row cannot be removed.
 */
final class MeetingSittingsPane extends VBox {
    private final NewMeetingViewModel model;
    private final LanguageModel language;
    private final VBox rows = new VBox(8);

    MeetingSittingsPane(NewMeetingViewModel model, LanguageModel language) {
        this.model = model;
        this.language = language;
        getStyleClass().add("meeting-section");
        setSpacing(8);
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(language.text("meeting.sittings"));
        Button add = MeetingFormParts.rowButton("addSitting", language, "meeting.sitting.add", model::addSitting);
        getChildren().addAll(heading, FloorView.hint(language.text("meeting.sittings.hint")), rows, add);
        model.rows().sittings().addListener((ListChangeListener<SittingDraft>) change -> showRows());
        showRows();
    }

    private void showRows() {
        rows.getChildren().clear();
        int n = 0;
        for (SittingDraft sitting : model.rows().sittings()) {
            n++;
            Label number = new Label(n + ".");
            number.getStyleClass().add("row-number");
            TextField title = MeetingFormParts.text("sittingTitle" + n, sitting.titleProperty(), 18);
            HBox.setHgrow(title, Priority.ALWAYS);
            TextField time = MeetingFormParts.text("sittingTime" + n, sitting.timeProperty(), 4);
            time.setMinWidth(90);
            Button remove = MeetingFormParts.rowButton("removeSitting" + n, language, "meeting.remove",
                    () -> model.rows().removeSitting(sitting));
            remove.setDisable(model.rows().sittings().size() == 1);
            HBox row = new HBox(8, number, title, MeetingFormParts.caption(language, "meeting.sitting.day"),
                    MeetingFormParts.day("sittingDay" + n, sitting.dateProperty()),
                    MeetingFormParts.caption(language, "meeting.sitting.time"), time, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }
}
