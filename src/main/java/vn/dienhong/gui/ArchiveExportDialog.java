package vn.dienhong.gui;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of the "Xuất hồ sơ" action: asks for a folder or a removable drive, then shows the
 * export's progress and its result (where it went and its seal, or what went wrong and what to do).
 */
final class ArchiveExportDialog {
    private ArchiveExportDialog() {
    }

    /** Asks for a folder (nothing happens if the operator cancels), then exports into it with a progress window. */
    static void open(Window owner, ArchiveExportViewModel model, LanguageModel language) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(language.messages().get("archive.choose"));
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        show(owner, model, language);
        model.export(folder.toPath());
    }

    /** The progress window alone (the tests start the export themselves). */
    static Stage show(Window owner, ArchiveExportViewModel model, LanguageModel language) {
        Label title = new Label();
        title.getStyleClass().add("dialog-title");
        title.textProperty().bind(language.text("archive.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("archiveProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.setId("archiveStep");
        step.textProperty().bind(model.stepProperty());
        Label message = new Label();
        message.setId("archiveMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(javafx.beans.binding.Bindings.when(model.failedProperty())
                .then("-fx-text-fill: #b00020;").otherwise("-fx-text-fill: #1b5e20;"));
        Button close = new Button();
        close.setId("archiveClose");
        close.textProperty().bind(language.text("archive.close"));
        close.disableProperty().bind(model.runningProperty());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(12, title, bar, step, message, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(620);
        root.setId("archiveDialog");
        root.getStylesheets().add(ArchiveExportDialog.class.getResource(ConsoleView.STYLESHEET).toExternalForm());
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(language.text("archive.title"));
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume(); // the export finishes or fails on its own; it never leaves half a folder
            }
        });
        close.setOnAction(e -> stage.close());
        stage.show();
        return stage;
    }
}
