package vn.dienhong.gui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.dienhong.gui.VoteResultText.ChoiceBar;

/**
 * A closed vote on the chair display: each choice's count as a bar and a share of the total number
 * of delegates, the outcome in words against its threshold, the audit code, and for an open vote
 * every delegate's choice, coloured and written out; a vote on people shows its table of people instead.
 */
final class ChairResultPane extends VBox {
    static final double BAR_WIDTH = 560;
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private final ChairDisplayViewModel model;

    ChairResultPane(ChairDisplayViewModel model) {
        this.model = model;
        createView();
    }

    private void createView() {
        getStyleClass().add("chair-result");
        setSpacing(22);
        Label badge = ChairDisplayView.label(null, "chair-badge-closed", model.language().text("chair.closed"));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = ChairDisplayView.label("chairResultTitle", "chair-result-title", model.live().title());
        HBox heading = new HBox(24, badge, title);
        heading.setAlignment(Pos.CENTER_LEFT);

        VBox bars = new VBox(14);
        bars.setId("chairBars");
        model.result().bars().subscribe(rows -> showBars(bars, rows));
        Label tookPart = ChairDisplayView.label("chairTookPart", "chair-took-part", model.result().lines()
                .map(lines -> lines.isEmpty() ? "" : lines.get(0)));
        Label outcome = ChairDisplayView.label("chairOutcome", "chair-outcome", model.result().outcome());
        outcome.setMaxWidth(Double.MAX_VALUE);
        model.result().passed().subscribe(passed -> outcome.pseudoClassStateChanged(PASSED, passed));
        Label threshold = ChairDisplayView.label("chairThreshold", "chair-threshold", model.result().threshold());
        Label audit = ChairDisplayView.label("chairAudit", "chair-audit", model.result().audit());
        VBox left = new VBox(18, tookPart, bars, outcome, threshold);
        left.setMinWidth(BAR_WIDTH + 60);
        left.setMaxWidth(BAR_WIDTH + 60);

        ChairBallotGrid grid = new ChairBallotGrid(model.seats());
        Label gridHeading = ChairDisplayView.label(null, "chair-grid-heading",
                model.language().text("chair.grid.heading"));
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox right = new VBox(12, gridHeading, grid);
        Label secret = ChairDisplayView.label("chairSecretNote", "chair-secret-note",
                model.language().text("vote.secret.note"));
        StackPane side = new StackPane(right, secret);
        StackPane.setAlignment(secret, Pos.CENTER);
        // only an open vote has a grid; the results of a secret ballot are counts alone
        right.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.seats().get().isEmpty(),
                model.seats()));
        secret.visibleProperty().bind(right.visibleProperty().not());
        HBox.setHgrow(side, Priority.ALWAYS);

        HBox body = new HBox(48, left, side);
        VBox.setVgrow(body, Priority.ALWAYS);
        // a vote on people has no bars or grid: its result is a table of the people
        ChairSubjectTable subjects = new ChairSubjectTable(model);
        VBox.setVgrow(subjects, Priority.ALWAYS);
        subjects.visibleProperty().bind(model.result().hasSubjects());
        subjects.managedProperty().bind(subjects.visibleProperty());
        body.visibleProperty().bind(subjects.visibleProperty().not());
        body.managedProperty().bind(body.visibleProperty());
        getChildren().addAll(heading, body, subjects, audit);
    }

    /** One row per choice: its name and "n · p%" above a bar whose length is its share of the total. */
    private void showBars(VBox box, List<ChoiceBar> rows) {
        box.getChildren().clear();
        for (ChoiceBar row : rows) {
            String kind = row.row().toLowerCase();
            Label name = new Label(row.label());
            name.getStyleClass().add("chair-bar-label");
            Region space = new Region();
            HBox.setHgrow(space, Priority.ALWAYS);
            Label count = new Label(row.count() + " · " + row.percentText());
            count.setId("chairBarCount-" + kind);
            count.getStyleClass().add("chair-bar-count");
            Region fill = new Region();
            fill.getStyleClass().addAll("chair-bar-fill", "choice-" + kind);
            fill.setMaxWidth(Region.USE_PREF_SIZE);
            fill.setPrefWidth(BAR_WIDTH * Math.min(100, row.percent()) / 100);
            StackPane track = new StackPane(fill);
            track.getStyleClass().add("chair-bar-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMaxWidth(BAR_WIDTH);
            box.getChildren().add(new VBox(6, new HBox(name, space, count), track));
        }
    }
}
