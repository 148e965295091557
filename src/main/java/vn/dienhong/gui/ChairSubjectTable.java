package vn.dienhong.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.gui.SubjectTexts.Level;
import vn.dienhong.gui.SubjectTexts.SubjectRow;

/**
 * A closed confidence rating, confidence vote or election on the chair display: one row per official
 * or candidate with each level's count and share of the total and the outcome in a few words, the
 * outcomes the council acts on set apart calmly, and the rule that decided them underneath; a long
 * list is drawn smaller to fit the screen, and scrolls only when it would become too small to read.
 */
final class ChairSubjectTable extends VBox {
    static final double LEVEL_WIDTH = 220;
    static final double OUTCOME_WIDTH = 400;
    /** A long list shrinks down to this scale (about 15 px type) to fit; beyond that it scrolls. */
    static final double SMALLEST = 0.55;
    private final ChairDisplayViewModel model;
    private final VBox rows = new VBox();

    ChairSubjectTable(ChairDisplayViewModel model) {
        this.model = model;
        createView();
    }

    private void createView() {
        setId("chairSubjects");
        getStyleClass().add("chair-subjects");
        setSpacing(14);
        Label summary = ChairDisplayView.label("chairSubjectSummary", "chair-took-part", model.language().bind(m ->
                String.join(" · ", List.of(model.live().kindLine().get(), firstLine()).stream()
                        .filter(s -> !s.isEmpty()).toList()), model.live().kindLine(), model.result().lines()));
        rows.getStyleClass().add("chair-subject-rows");
        model.result().subjects().subscribe(this::show);
        ScrollPane scroll = new ScrollPane(new ShrinkToFit(rows, SMALLEST));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("chair-subject-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label rule = ChairDisplayView.label("chairSubjectRule", "chair-threshold", model.result().threshold());
        getChildren().addAll(summary, scroll, rule);
    }

    private String firstLine() {
        List<String> lines = model.result().lines().get();
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private void show(List<SubjectRow> subjects) {
        List<Node> all = new ArrayList<>();
        if (!subjects.isEmpty()) {
            Messages m = model.language().messages();
            List<String> levels = subjects.get(0).levels().stream().map(Level::label).toList();
            all.add(row("chairSubjectHeader", "chair-subject-header", m.get("subject.column.name"), levels,
                    m.get("subject.column.outcome")));
        }
        for (SubjectRow s : subjects) {
            HBox row = row("chairSubject-" + s.index(), s.tone(), (s.index() + 1) + ". " + s.name(),
                    s.levels().stream().map(SubjectTexts::cell).toList(), s.outcomeShort());
            row.getChildren().get(row.getChildren().size() - 1).setId("chairSubjectOutcome-" + s.index());
            if (s.notable()) {
                row.getStyleClass().add("notable");
            }
            all.add(row);
        }
        rows.getChildren().setAll(all);
    }

    /** Name, one cell per level, outcome: the header and every person's row share these widths. */
    private static HBox row(String id, String style, String name, List<String> levels, String outcome) {
        Label nameCell = cell(name, "chair-subject-name", 0);
        HBox.setHgrow(nameCell, Priority.ALWAYS);
        nameCell.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(16, nameCell);
        for (String level : levels) {
            Label cell = cell(level, "chair-subject-count", LEVEL_WIDTH);
            cell.setAlignment(Pos.CENTER_RIGHT);
            row.getChildren().add(cell);
        }
        row.getChildren().add(cell(outcome, "chair-subject-outcome", OUTCOME_WIDTH));
        row.setId(id);
        row.getStyleClass().addAll("chair-subject-row", style);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label cell(String text, String style, double width) {
        Label cell = new Label(text);
        cell.getStyleClass().add(style);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        if (width > 0) {
            cell.setMinWidth(width);
            cell.setPrefWidth(width);
            cell.setMaxWidth(width);
        } else {
            cell.setMinWidth(0);
            cell.setWrapText(true); // a long name with its office takes two lines rather than losing its end
        }
        return cell;
    }
}
