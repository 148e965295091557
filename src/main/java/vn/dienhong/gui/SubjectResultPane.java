package vn.dienhong.gui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.gui.SubjectTexts.Level;
import vn.dienhong.gui.SubjectTexts.SubjectRow;

/**
 * The console's result of a confidence rating, confidence vote or election: a compact table with one
 * entry per official or candidate (the count and share of the total of each level under a column
 * heading, and the outcome in words), scrolling when the list is long, so the operator can read out
 * each person's result.
 */
final class SubjectResultPane extends VBox {
    static final double CELL_WIDTH = 140;
    private final VoteResultText result;
    private final LanguageModel language;
    private final HBox header = new HBox();
    private final VBox rows = new VBox();

    SubjectResultPane(VoteResultText result, LanguageModel language) {
        this.result = result;
        this.language = language;
        createView();
    }

    private void createView() {
        setId("subjectResults");
        setSpacing(4);
        visibleProperty().bind(result.hasSubjects());
        managedProperty().bind(visibleProperty());
        header.setId("subjectHeader");
        header.getStyleClass().add("subject-header");
        rows.getStyleClass().add("subject-rows");
        result.subjects().subscribe(this::show);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("subject-scroll");
        scroll.setMinHeight(110);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the column headings say what the numbers are; the vote's title above says whose they are
        getChildren().addAll(header, scroll);
    }

    private void show(List<SubjectRow> subjects) {
        Messages m = language.messages();
        header.getChildren().setAll(subjects.isEmpty() ? List.of() : subjects.get(0).levels().stream()
                .map(l -> cell("subject-column", l.label())).toList());
        rows.getChildren().setAll(subjects.stream().map(s -> row(m, s)).toList());
    }

    /** "1. Name", then each level's "n · p%" under its column, then the outcome sentence. */
    private static VBox row(Messages m, SubjectRow subject) {
        int i = subject.index();
        Label name = label("subjectName" + i, "subject-name", (i + 1) + ". " + subject.name());
        HBox levels = new HBox();
        levels.setId("subjectLevels" + i);
        for (Level level : subject.levels()) {
            Label cell = cell("subject-level", SubjectTexts.cell(level));
            cell.setAccessibleText(SubjectTexts.level(m, level)); // a screen reader hears the level's name too
            levels.getChildren().add(cell);
        }
        Label outcome = label("subjectOutcome" + i, "subject-outcome", subject.outcomeText());
        outcome.getStyleClass().add(subject.tone());
        outcome.setMaxWidth(Double.MAX_VALUE);
        VBox row = new VBox(3, name, levels, outcome);
        row.setId("subjectRow" + i);
        row.getStyleClass().addAll("subject-row", subject.tone());
        if (subject.notable()) {
            row.getStyleClass().add("notable");
        }
        return row;
    }

    private static Label cell(String style, String text) {
        Label cell = label(null, style, text);
        cell.setPrefWidth(CELL_WIDTH);
        cell.setMinWidth(Region.USE_PREF_SIZE);
        cell.setAlignment(Pos.CENTER_LEFT);
        return cell;
    }

    private static Label label(String id, String style, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
