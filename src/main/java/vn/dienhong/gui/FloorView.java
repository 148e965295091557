package vn.dienhong.gui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The console's Điều hành tab, laid out as the floor runs: attendance and the quorum on the left,
 * the speaker and the queue in the middle, the chair's inbox and the notices on the right.
 */
final class FloorView extends GridPane {
    /** The columns' shares of the width: the speakers get the most, the side column the least. */
    private static final double[] SHARES = {33, 36, 31};

    FloorView(FloorViewModel model, LanguageModel language, OperatorDialogs dialogs, ReasonPrompt prompt) {
        setId("floorPanel");
        getStyleClass().add("floor-panel");
        setHgap(14);
        AttendancePane attendance = new AttendancePane(model.attendance(), language, prompt);
        SpeakerQueuePane speakers = new SpeakerQueuePane(model.speakers(), language, dialogs);
        OpinionInboxPane inbox = new OpinionInboxPane(model.inbox(), language, model::time);
        NoticePane notices = new NoticePane(model.notices(), language, model::time);
        VBox.setVgrow(inbox, Priority.ALWAYS);
        VBox side = new VBox(14, inbox, notices);
        for (double share : SHARES) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(share);
            column.setMinWidth(0);
            getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        getRowConstraints().add(row);
        // a long name or text wraps inside its column instead of pushing the others away
        for (Region column : new Region[] {attendance, speakers, side}) {
            column.setMinWidth(0);
            column.setMinHeight(0);
            column.setMaxHeight(Double.MAX_VALUE);
        }
        addRow(0, attendance, speakers, side);
    }

    /** A panel's title. */
    static Label heading(ObservableValue<String> text) {
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(text);
        return heading;
    }

    /** A line that tells the operator what to do next. */
    static Label hint(ObservableValue<String> text) {
        Label hint = new Label();
        hint.getStyleClass().add("floor-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(text);
        return hint;
    }

    /** What an empty list says instead of showing nothing. */
    static Label placeholder(ObservableValue<String> text) {
        Label empty = hint(text);
        empty.setMaxWidth(Double.MAX_VALUE);
        return empty;
    }

    /** A large button whose words follow the language, as wide as its place. */
    static Button button(String id, String key, LanguageModel language, String styleClass) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add(styleClass);
        button.textProperty().bind(language.text(key));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        return button;
    }

    /** Makes a grid's columns share its width equally. */
    static void evenColumns(GridPane grid, int columns) {
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
    }
}
