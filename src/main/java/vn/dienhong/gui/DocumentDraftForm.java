package vn.dienhong.gui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;

/**
 * One waiting file's small form in the Tài liệu tab, so that each file is described before the hall
 * takes it: title, số ký hiệu, category, agenda item, audience, publication time, the restricted and
 * classified marks, then "Nạp tài liệu" with the loading shown beside it.
 */
final class DocumentDraftForm extends VBox {
    private static final ObservableList<DocumentCategory> CATEGORIES =
            FXCollections.observableArrayList(DocumentCategory.values());
    private static final ObservableList<DocumentAudience> AUDIENCES =
            FXCollections.observableArrayList(DocumentAudience.values());

    DocumentDraftForm(DocumentDraft draft, DocumentsViewModel model, LanguageModel language) {
        getStyleClass().add("document-draft");
        setSpacing(8);
        int n = draft.serial();
        Label file = new Label(draft.fileName());
        file.getStyleClass().add("draft-file");
        file.setMinWidth(0);
        file.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // a long name keeps its start and its extension
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button discard = MeetingFormParts.rowButton("discardDraft" + n, language, "document.draft.discard",
                () -> model.discard(draft));
        discard.disableProperty().bind(draft.commands().busyProperty());
        HBox top = new HBox(10, file, discard);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<DocumentCategory> category = MeetingFormParts.choice("draftCategory" + n, CATEGORIES,
                draft.categoryProperty(), language, (m, c) -> m.get("document.category." + c.name()));
        category.promptTextProperty().bind(language.text("document.category.prompt"));
        ComboBox<AgendaItem> item = MeetingFormParts.choice("draftItem" + n, model.agendaChoices(),
                draft.agendaItemProperty(), language, (m, i) -> i == DocumentDraft.NO_ITEM
                        ? m.get("document.item.none") : m.format("agenda.item", i.ordinal(), i.title()));
        ComboBox<DocumentAudience> audience = MeetingFormParts.choice("draftAudience" + n, AUDIENCES,
                draft.audienceProperty(), language, (m, a) -> m.get("document.audience." + a.name()));
        TextField number = MeetingFormParts.text("draftNumber" + n, draft.numberProperty(), 10);
        HBox.setHgrow(category, Priority.ALWAYS);
        HBox numberAndKind = row(number, MeetingFormParts.caption(language, "document.field.category"), category);

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(0);
        fields.getColumnConstraints().addAll(captions, inputs);
        fields.addRow(0, MeetingFormParts.caption(language, "document.field.title"),
                MeetingFormParts.text("draftTitle" + n, draft.titleProperty(), 20));
        fields.addRow(1, MeetingFormParts.caption(language, "document.field.number"), numberAndKind);
        fields.addRow(2, MeetingFormParts.caption(language, "document.field.item"), item);
        fields.addRow(3, MeetingFormParts.caption(language, "document.field.audience"), audience);
        fields.addRow(4, MeetingFormParts.caption(language, "document.field.visible"), visibleWhen(draft, language));

        FlowPane marks = new FlowPane(18, 6,
                MeetingFormParts.check("draftRestricted" + n, language, "document.field.restricted",
                        draft.restrictedProperty()),
                MeetingFormParts.check("draftClassified" + n, language, "document.field.classified",
                        draft.classifiedProperty()));
        getChildren().addAll(top, fields, marks, footer(draft, model, language));
    }

    /** Tablets see it at once, or from a day and time typed as 08:00. */
    private static HBox visibleWhen(DocumentDraft draft, LanguageModel language) {
        ToggleGroup group = new ToggleGroup();
        RadioButton now = new RadioButton();
        now.setId("draftNow" + draft.serial());
        now.textProperty().bind(language.text("document.visible.now"));
        now.setToggleGroup(group);
        now.setSelected(!draft.laterProperty().get());
        RadioButton later = new RadioButton();
        later.setId("draftLater" + draft.serial());
        later.textProperty().bind(language.text("document.visible.later"));
        later.setToggleGroup(group);
        later.selectedProperty().bindBidirectional(draft.laterProperty());
        DatePicker day = MeetingFormParts.day("draftDay" + draft.serial(), draft.dayProperty());
        day.setPrefWidth(150);
        now.setMinWidth(Region.USE_PREF_SIZE);
        later.setMinWidth(Region.USE_PREF_SIZE);
        TextField time = MeetingFormParts.text("draftTime" + draft.serial(), draft.timeProperty(), 4);
        time.setMinWidth(Region.USE_PREF_SIZE);
        day.disableProperty().bind(draft.laterProperty().not());
        time.disableProperty().bind(draft.laterProperty().not());
        return row(now, later, day, time);
    }

    /** The button, and while the hall checks and stores the file, a spinning wheel with "Đang nạp…". */
    private static HBox footer(DocumentDraft draft, DocumentsViewModel model, LanguageModel language) {
        ProgressIndicator wheel = new ProgressIndicator();
        wheel.setPrefSize(28, 28);
        Label loading = FloorView.hint(language.text("document.loading"));
        loading.setId("draftLoading" + draft.serial());
        HBox progress = row(wheel, loading);
        progress.visibleProperty().bind(draft.commands().busyProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        Button publish = FloorView.button("publishDraft" + draft.serial(), "document.publish", language,
                "floor-button-strong");
        publish.setMaxWidth(Region.USE_PREF_SIZE);
        publish.setMinWidth(Region.USE_PREF_SIZE);
        publish.disableProperty().bind(draft.ready().not());
        publish.setOnAction(e -> model.publish(draft));
        return row(progress, publish);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(10, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
