package vn.dienhong.gui;

import java.time.Instant;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhong.model.VoteResult;
import vn.dienhong.model.VoteStatus;

/**
 * The vote the operator is looking at: its title and state, only the buttons that make sense now
 * (closing and cancelling after a confirmation), and its live count or its result (per person for a
 * confidence vote or an election) and audit code.
 */
final class VoteDetailPane extends VBox {
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private final VotePanelViewModel model;
    private final LanguageModel language;
    private final OperatorDialogs dialogs;

    VoteDetailPane(VotePanelViewModel model, LanguageModel language, OperatorDialogs dialogs) {
        this.model = model;
        this.language = language;
        this.dialogs = dialogs;
        createView();
        Ticker.whileShowing(this, () -> model.live().tick(Instant.now()));
    }

    private void createView() {
        getStyleClass().addAll("panel", "vote-detail");
        setSpacing(10);
        Label heading = label(null, "panel-heading", language.text("vote.shown.heading"));
        Label none = label("noVoteShown", "hint", language.text("vote.shown.none"));
        none.visibleProperty().bind(model.tracker().voteProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        Label title = label("shownVoteTitle", "vote-title", model.live().title());
        Label state = label("shownVoteState", "vote-state", model.live().state());

        FlowPane buttons = new FlowPane(12, 10,
                button("openVote", "vote.open", "primary-button", model::open, VoteStatus.DRAFT),
                button("closeVote", "vote.close", "primary-button", this::confirmClose, VoteStatus.OPEN),
                button("cancelVote", "vote.cancel", "danger-button", this::confirmCancel, VoteStatus.DRAFT,
                        VoteStatus.OPEN),
                button("rerunVote", "vote.rerun", "secondary-button", model::rerun, VoteStatus.CANCELLED,
                        VoteStatus.CLOSED));
        buttons.prefWrapLengthProperty().bind(widthProperty().subtract(40));

        Label countdown = label("voteCountdown", "vote-countdown", model.live().countdown());
        Label progress = label("voteProgress", "vote-progress", model.live().progress());
        Label notVoted = label("voteNotVoted", "vote-not-voted", model.live().notVoted());
        ScrollPane missing = new ScrollPane(notVoted);
        missing.setFitToWidth(true);
        missing.getStyleClass().add("vote-missing");
        VBox.setVgrow(missing, Priority.ALWAYS);
        VBox live = shownWhen(model.live().progress().isNotEmpty(), new VBox(8, countdown, progress, missing));
        VBox.setVgrow(live, Priority.ALWAYS);

        VBox lines = new VBox(4);
        lines.setId("voteResultLines");
        model.result().lines().subscribe(texts -> showLines(lines, texts));
        Label outcome = label("voteOutcome", "vote-outcome", model.result().outcome());
        outcome.setMaxWidth(Double.MAX_VALUE);
        model.result().passed().subscribe(passed -> outcome.pseudoClassStateChanged(PASSED, passed));
        // a vote on people has no outcome of its own: each person's is in the list below
        outcome.visibleProperty().bind(model.result().outcome().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        Label threshold = label("voteThreshold", "hint", model.result().threshold());
        // under a list of people the rule is a footnote to it, in smaller type
        model.result().hasSubjects().subscribe(people -> threshold.getStyleClass().setAll("label",
                people ? "form-note" : "hint"));
        Label audit = label("voteAudit", "vote-audit", model.result().audit());
        SubjectResultPane subjects = new SubjectResultPane(model.result(), language);
        VBox.setVgrow(subjects, Priority.ALWAYS);
        VBox result = shownWhen(model.result().counted(), new VBox(8, lines, outcome, subjects, threshold, audit));
        VBox.setVgrow(result, Priority.ALWAYS);

        getChildren().addAll(heading, none, title, state, buttons, live, result);
    }

    private void showLines(VBox box, List<String> texts) {
        box.getChildren().clear();
        for (int i = 0; i < texts.size(); i++) {
            Label line = new Label(texts.get(i));
            line.setId("resultLine" + i);
            VoteResult counted = model.tracker().resultProperty().get();
            boolean approve = i == 1 && counted != null && !counted.kind().hasSubjects();
            line.getStyleClass().add(approve ? "vote-result-approve" : "vote-result-line");
            line.setWrapText(true);
            line.setMinHeight(Label.USE_PREF_SIZE);
            box.getChildren().add(line);
        }
    }

    private Button button(String id, String key, String style, Runnable action, VoteStatus... when) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add(style);
        button.textProperty().bind(language.text(key));
        button.setOnAction(e -> action.run());
        BooleanBinding applies = model.selectedIs(when);
        button.visibleProperty().bind(applies);
        button.managedProperty().bind(applies);
        button.disableProperty().bind(model.busyProperty());
        return button;
    }

    private void confirmClose() {
        Messages m = language.messages();
        if (dialogs.confirm(getScene().getWindow(), m.get("vote.close.confirm.title"),
                m.format("vote.close.confirm.message", model.live().progress().get()),
                m.get("vote.close.confirm.yes"), m.get("vote.close.confirm.no"))) {
            model.close();
        }
    }

    private void confirmCancel() {
        Messages m = language.messages();
        if (dialogs.confirm(getScene().getWindow(), m.get("vote.cancel.confirm.title"),
                m.get("vote.cancel.confirm.message"), m.get("vote.cancel.confirm.yes"),
                m.get("vote.cancel.confirm.no"))) {
            model.cancel();
        }
    }

    private static VBox shownWhen(ObservableValue<Boolean> condition, VBox box) {
        box.visibleProperty().bind(condition);
        box.managedProperty().bind(condition);
        return box;
    }

    private static Label label(String id, String style, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
