package vn.dienhong.gui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Vote;

/**
 * The meeting's votes, newest first, each with its state in words (Chuẩn bị, Đang biểu quyết, Đã
 * kết thúc, Đã hủy); choosing one shows it beside the list, and the list follows what is shown.
 */
final class VoteListPane extends VBox {
    private final VotePanelViewModel model;
    private final LanguageModel language;
    private final ListView<Vote> list = new ListView<>();
    private boolean syncing;

    VoteListPane(VotePanelViewModel model, LanguageModel language) {
        this.model = model;
        this.language = language;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("panel", "vote-list-panel");
        setSpacing(8);
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(language.text("vote.list.heading"));
        list.setId("voteList");
        list.getStyleClass().add("vote-list");
        list.setItems(model.list().votes());
        list.setCellFactory(v -> new VoteCell());
        Label empty = new Label();
        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        empty.textProperty().bind(language.text("vote.list.empty"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    private void initListeners() {
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                model.select(now);
            }
        });
        model.tracker().voteProperty().addListener((o, old, now) -> showSelection());
        model.list().votes().addListener((ListChangeListener<Vote>) change -> showSelection());
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
    }

    /** Marks the shown vote in the list without telling the model again. */
    private void showSelection() {
        Vote shown = model.tracker().voteProperty().get();
        syncing = true;
        try {
            int index = shown == null ? -1 : indexOf(shown.id());
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
            }
        } finally {
            syncing = false;
        }
    }

    private int indexOf(long voteId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == voteId) {
                return i;
            }
        }
        return -1;
    }

    /** One vote: its title in full, then its state as a coloured tag and its form and threshold. */
    private final class VoteCell extends ListCell<Vote> {
        private final Label title = new Label();
        private final Label status = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(4, title, status, details);

        VoteCell() {
            title.getStyleClass().add("vote-list-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            details.getStyleClass().add("vote-list-details");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Vote vote, boolean empty) {
            super.updateItem(vote, empty);
            if (empty || vote == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Messages m = language.messages();
            setId("vote" + vote.id());
            title.setText(vote.title());
            status.setText(VoteTexts.status(m, vote.status()));
            status.getStyleClass().setAll("label", "vote-status", "vote-status-" + vote.status().name().toLowerCase());
            details.setText(VoteTexts.details(m, vote));
            setGraphic(box);
        }
    }
}
