package vn.dienhong.gui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The band across the top of the console: which council, meeting and sitting the hall is running,
 * a DEMO badge that cannot be missed, and the chair display, language and full-screen buttons.
 */
final class ConsoleHeader extends HBox {
    private final ConsoleViewModel model;
    private final OperatorDialogs dialogs;
    private final ChairDisplayWindow chair;
    private final Runnable exportRecord;

    /** {@code exportRecord} null: no "Xuất hồ sơ" button (tests without a document store). */
    ConsoleHeader(ConsoleViewModel model, OperatorDialogs dialogs, ChairDisplayWindow chair, Runnable exportRecord) {
        this.model = model;
        this.dialogs = dialogs;
        this.chair = chair;
        this.exportRecord = exportRecord;
        createView();
    }

    private void createView() {
        getStyleClass().add("console-header");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);

        HeaderViewModel header = model.header();
        Label council = label("councilName", "header-council");
        council.textProperty().bind(header.councilLineProperty());
        Label meeting = label("meetingTitle", "header-meeting");
        meeting.textProperty().bind(header.meetingTitleProperty());
        Label sitting = label("sittingTitle", "header-sitting");
        sitting.textProperty().bind(header.sittingLineProperty());
        Label loading = label("loadingNote", "header-sitting");
        loading.textProperty().bind(model.language().text("header.loading"));
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        VBox titles = new VBox(4, council, meeting, sitting, loading);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label demo = label("demoBadge", "demo-badge");
        demo.textProperty().bind(model.language().text("demo.badge"));
        demo.visibleProperty().bind(header.demoProperty());
        demo.managedProperty().bind(demo.visibleProperty());
        demo.setMinWidth(Label.USE_PREF_SIZE);

        Button language = new Button();
        language.setId("languageButton");
        language.getStyleClass().add("header-button");
        language.textProperty().bind(model.language().text("language.switch"));
        language.setOnAction(e -> model.language().toggle());
        language.setMinWidth(Button.USE_PREF_SIZE);

        Button fullScreen = new Button();
        fullScreen.setId("fullScreen");
        fullScreen.getStyleClass().add("header-button");
        fullScreen.setMinWidth(Button.USE_PREF_SIZE);
        new FullScreenToggle(fullScreen, model.language(), dialogs);

        Button chairDisplay = new Button();
        chairDisplay.setId("chairDisplay");
        chairDisplay.getStyleClass().add("header-button");
        chairDisplay.setMinWidth(Button.USE_PREF_SIZE);
        chairDisplay.textProperty().bind(Bindings.when(chair.showingProperty())
                .then(model.language().text("chair.close")).otherwise(model.language().text("chair.open")));
        chairDisplay.setOnAction(e -> chair.toggle());

        VBox buttons = new VBox(6, chairDisplay, language, fullScreen);
        if (exportRecord != null) {
            Button export = new Button();
            export.setId("exportRecord");
            export.getStyleClass().add("header-button");
            export.setMinWidth(Button.USE_PREF_SIZE);
            export.setMaxWidth(Double.MAX_VALUE);
            export.textProperty().bind(model.language().text("archive.button"));
            export.setOnAction(e -> exportRecord.run());
            buttons.getChildren().add(export);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setFillWidth(true);
        chairDisplay.setMaxWidth(Double.MAX_VALUE);
        language.setMaxWidth(Double.MAX_VALUE);
        fullScreen.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(titles, demo, buttons);
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
