package vn.dienhong.gui;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.AttendanceLine;

/**
 * One delegate on the attendance list: seat, full name, the mark as a coloured tag that is also
 * written out in words, and the reason of an excused absence.
 */
final class AttendanceCell extends ListCell<AttendanceLine> {
    private final LanguageModel language;
    private final Label seat = new Label();
    private final Label name = new Label();
    private final Label reason = new Label();
    private final Label status = new Label();
    private final HBox row;

    AttendanceCell(LanguageModel language) {
        this.language = language;
        seat.getStyleClass().add("attendance-seat");
        seat.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("attendance-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("attendance-reason");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, reason);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(10, seat, text, status);
        row.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // the list decides the width; long names wrap
    }

    @Override
    protected void updateItem(AttendanceLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        Messages m = language.messages();
        setId("attendance" + line.delegateId());
        seat.setText(line.seat() == null ? "" : line.seat());
        seat.setVisible(line.seat() != null);
        name.setText(line.name());
        reason.setText(line.reason() == null ? "" : m.format("attendance.reason", line.reason()));
        reason.setVisible(line.reason() != null);
        status.setText(AttendanceViewModel.statusText(m, line.status()));
        status.getStyleClass().setAll("label", "attendance-status",
                "attendance-status-" + line.status().name().toLowerCase(Locale.ROOT));
        setGraphic(row);
    }
}
