package vn.dienhong.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The console's questions to the operator, behind an interface so that views can be driven by a
 * test without real dialogs and every confirmation looks and reads the same.
 */
@FunctionalInterface
interface OperatorDialogs {

    /** Asks a yes/no question; true only when the operator chose {@code yes} (Esc and closing mean no). */
    boolean confirm(Window owner, String title, String message, String yes, String no);

    /** Real dialogs, styled like the console, with the safe answer as the default button. */
    static OperatorDialogs alerts() {
        return (owner, title, message, yes, no) -> {
            ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
            ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, noButton, yesButton);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.getDialogPane().getStylesheets().add(
                    OperatorDialogs.class.getResource(ConsoleView.STYLESHEET).toExternalForm());
            alert.getDialogPane().getStyleClass().add("operator-dialog");
            alert.getDialogPane().setId("confirmDialog");
            Button yesNode = (Button) alert.getDialogPane().lookupButton(yesButton);
            Button noNode = (Button) alert.getDialogPane().lookupButton(noButton);
            yesNode.setId("confirmYes");
            yesNode.setDefaultButton(false);
            noNode.setId("confirmNo");
            noNode.setDefaultButton(true);
            return alert.showAndWait().filter(yesButton::equals).isPresent();
        };
    }
}
