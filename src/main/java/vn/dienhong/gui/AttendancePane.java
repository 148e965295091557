package vn.dienhong.gui;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;

/**
 * Điểm danh on the console: present / total against the quorum in large coloured words, the
 * delegates with their marks, and four large buttons that mark the chosen delegate by hand.
 */
final class AttendancePane extends VBox {
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private final AttendanceViewModel model;
    private final LanguageModel language;
    private final ReasonPrompt prompt;
    private final ListView<AttendanceLine> list = new ListView<>();

    AttendancePane(AttendanceViewModel model, LanguageModel language, ReasonPrompt prompt) {
        this.model = model;
        this.language = language;
        this.prompt = prompt;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("panel", "attendance-panel");
        setSpacing(8);
        Label heading = FloorView.heading(language.text("attendance.heading"));
        Label quorum = new Label();
        quorum.setId("quorumLine");
        quorum.getStyleClass().add("quorum-line");
        quorum.setWrapText(true);
        quorum.setMinHeight(Region.USE_PREF_SIZE);
        quorum.setMaxWidth(Double.MAX_VALUE);
        quorum.textProperty().bind(model.quorumLine());
        model.quorumMet().subscribe(met -> quorum.pseudoClassStateChanged(MET, met));
        Label counts = new Label();
        counts.setId("attendanceCounts");
        counts.getStyleClass().add("floor-note");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        counts.textProperty().bind(model.countsLine());

        TextField filter = new TextField();
        filter.setId("attendanceFilter");
        filter.promptTextProperty().bind(language.text("attendance.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());

        list.setId("attendanceList");
        list.getStyleClass().add("floor-list");
        list.setItems(model.lines());
        list.setCellFactory(v -> new AttendanceCell(language));
        list.setPlaceholder(FloorView.placeholder(language.text("attendance.empty")));
        list.setMinHeight(120);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label hint = FloorView.hint(language.text("attendance.hint"));
        GridPane buttons = new GridPane();
        buttons.setHgap(8);
        buttons.setVgap(8);
        buttons.add(markButton(AttendanceStatus.PRESENT), 0, 0);
        buttons.add(markButton(AttendanceStatus.REMOTE), 1, 0);
        buttons.add(markButton(AttendanceStatus.EXCUSED), 0, 1);
        buttons.add(markButton(AttendanceStatus.ABSENT), 1, 1);
        FloorView.evenColumns(buttons, 2);
        getChildren().addAll(heading, quorum, counts, filter, list, hint, buttons);
    }

    private Button markButton(AttendanceStatus status) {
        Button button = FloorView.button("mark" + status.name(), "attendance.mark." + status.name(), language,
                status == AttendanceStatus.PRESENT ? "floor-button-strong" : "floor-button");
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        button.setOnAction(e -> mark(status));
        return button;
    }

    private void mark(AttendanceStatus status) {
        AttendanceLine line = list.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        if (status != AttendanceStatus.EXCUSED) {
            model.mark(line, status, null);
            return;
        }
        Messages m = language.messages();
        prompt.ask(getScene() == null ? null : getScene().getWindow(), m.get("attendance.excused.title"),
                        m.format("attendance.excused.message", line.name()), m.get("attendance.excused.ok"),
                        m.get("attendance.excused.cancel"))
                .ifPresent(reason -> model.mark(line, AttendanceStatus.EXCUSED, reason));
    }

    private void initListeners() {
        ListChoiceKeeper.keep(list, AttendanceLine::delegateId);
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
    }
}
