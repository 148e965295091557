package vn.dienhong.gui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The console's Biểu quyết tab, laid out in the order of the work: prepare a vote on the left, run
 * the chosen vote in the middle, and the meeting's votes on the right.
 */
final class VotePanelView extends HBox {
    static final double FORM_WIDTH = 400;
    static final double LIST_WIDTH = 270;
    private final ConsoleViewModel model;
    private final OperatorDialogs dialogs;

    VotePanelView(ConsoleViewModel model, OperatorDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        createView();
    }

    private void createView() {
        setId("votePanel");
        getStyleClass().add("vote-panel");
        setSpacing(16);
        VotePanelViewModel votes = model.votes();
        // on a short screen the form scrolls rather than pushing its button out of sight
        ScrollPane form = new ScrollPane(new VoteFormPane(votes, model.agenda(), model.language()));
        form.setFitToWidth(true);
        form.getStyleClass().add("vote-form-scroll");
        form.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        form.setPrefWidth(FORM_WIDTH);
        form.setMinWidth(FORM_WIDTH * 0.8);

        VoteDetailPane detail = new VoteDetailPane(votes, model.language(), dialogs);
        detail.setMinWidth(0);
        detail.setPrefWidth(0); // takes the width the two side columns leave
        HBox.setHgrow(detail, Priority.ALWAYS);

        VoteListPane list = new VoteListPane(votes, model.language());
        list.setPrefWidth(LIST_WIDTH);
        list.setMinWidth(LIST_WIDTH * 0.75);
        getChildren().addAll(form, detail, list);
    }
}
