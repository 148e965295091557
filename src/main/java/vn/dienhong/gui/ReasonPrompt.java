package vn.dienhong.gui;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks the operator for a short text, such as why a delegate is excused, behind an interface so that
 * a view can be driven by a test and every such question looks like the console's other dialogs.
 */
@FunctionalInterface
interface ReasonPrompt {

    /** The text typed, or empty when the operator cancelled (Esc and closing mean cancel). */
    Optional<String> ask(Window owner, String title, String message, String ok, String cancel);

    /** A real dialog with one text field, styled like the console. */
    static ReasonPrompt dialog() {
        return (owner, title, message, ok, cancel) -> {
            ButtonType okButton = new ButtonType(ok, ButtonBar.ButtonData.OK_DONE);
            ButtonType cancelButton = new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
            Dialog<String> dialog = new Dialog<>();
            dialog.setTitle(title);
            dialog.setHeaderText(title);
            if (owner != null) {
                dialog.initOwner(owner);
            }
            TextField field = new TextField();
            field.setId("reasonField");
            field.setPrefColumnCount(30);
            Label label = new Label(message);
            label.setWrapText(true);
            label.setLabelFor(field);
            dialog.getDialogPane().setContent(new VBox(10, label, field));
            dialog.getDialogPane().getButtonTypes().setAll(cancelButton, okButton);
            dialog.getDialogPane().getStylesheets().add(
                    ReasonPrompt.class.getResource(ConsoleView.STYLESHEET).toExternalForm());
            dialog.getDialogPane().getStyleClass().add("operator-dialog");
            dialog.getDialogPane().setId("reasonDialog");
            ((Button) dialog.getDialogPane().lookupButton(okButton)).setId("reasonOk");
            ((Button) dialog.getDialogPane().lookupButton(cancelButton)).setId("reasonCancel");
            dialog.setResultConverter(button -> button == okButton ? field.getText() : null);
            dialog.setOnShown(e -> field.requestFocus());
            return dialog.showAndWait();
        };
    }
}
