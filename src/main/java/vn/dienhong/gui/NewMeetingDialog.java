package vn.dienhong.gui;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dienhong.model.MeetingKind;

/**
 * The "Cuộc họp mới" window: the whole form on one scrolling page, what the hall refused in red above
 * the buttons, and the window closes by itself once the hall runs the new meeting.
 */
final class NewMeetingDialog {
    private NewMeetingDialog() {
    }

    /** Opens the form over {@code owner} and reads the council's delegates; returns the window, already showing. */
    static Stage open(Window owner, NewMeetingViewModel model, LanguageModel language) {
        Stage stage = new Stage();
        stage.setTitle(language.messages().get("meeting.new.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        BorderPane root = new BorderPane();
        root.setId("newMeetingDialog");
        root.getStyleClass().addAll("console", "meeting-dialog");
        root.getStylesheets().add(Objects.requireNonNull(
                NewMeetingDialog.class.getResource(ConsoleView.STYLESHEET)).toExternalForm());
        ScrollPane scroll = new ScrollPane(form(model, language));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("meeting-scroll");
        root.setCenter(scroll);
        root.setBottom(footer(model, language, stage));
        model.createdProperty().subscribe(created -> {
            if (created != null) {
                stage.close();
            }
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1060, screen.getWidth()), Math.min(780, screen.getHeight())));
        stage.show();
        model.load();
        return stage;
    }

    private static VBox form(NewMeetingViewModel model, LanguageModel language) {
        Label heading = FloorView.heading(language.text("meeting.new.heading"));
        Label warning = FloorView.hint(language.text("meeting.new.warning"));
        warning.getStyleClass().setAll("label", "meeting-warning");

        ComboBox<MeetingKind> kind = MeetingFormParts.choice("meetingKind",
                FXCollections.observableArrayList(MeetingKind.values()), model.kindProperty(), language,
                (m, k) -> m.get("meeting.kind." + k.name()));
        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(10);
        fields.addRow(0, MeetingFormParts.caption(language, "meeting.kind"), kind);
        fields.addRow(1, MeetingFormParts.caption(language, "meeting.title"),
                MeetingFormParts.text("meetingTitleField", model.titleProperty(), 40));
        fields.addRow(2, MeetingFormParts.caption(language, "meeting.place"),
                MeetingFormParts.text("meetingPlace", model.placeProperty(), 40));
        HBox dates = new HBox(10, MeetingFormParts.day("meetingStartsOn", model.startsOnProperty()),
                MeetingFormParts.caption(language, "meeting.endsOn"),
                MeetingFormParts.day("meetingEndsOn", model.endsOnProperty()));
        dates.setAlignment(Pos.CENTER_LEFT);
        fields.addRow(3, MeetingFormParts.caption(language, "meeting.startsOn"), dates);
        GridPane.setHgrow(kind, Priority.ALWAYS);

        ParticipantPickerPane participants = new ParticipantPickerPane(model.participants(), language);
        participants.visibleProperty().bind(model.needsParticipants());
        participants.managedProperty().bind(participants.visibleProperty());
        VBox form = new VBox(16, heading, warning, fields, participants, new MeetingSittingsPane(model, language),
                new MeetingAgendaPane(model, language));
        form.getStyleClass().add("meeting-form");
        return form;
    }

    private static VBox footer(NewMeetingViewModel model, LanguageModel language, Stage stage) {
        Label error = new Label();
        error.setId("meetingError");
        error.getStyleClass().add("meeting-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button close = FloorView.button("closeMeetingDialog", "meeting.close", language, "floor-button");
        close.setMaxWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> stage.close());
        Button create = FloorView.button("createMeeting", "meeting.create", language, "primary-button");
        create.setMaxWidth(Region.USE_PREF_SIZE);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
        HBox buttons = new HBox(12, close, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(10, error, buttons);
        footer.getStyleClass().add("meeting-footer");
        return footer;
    }
}
