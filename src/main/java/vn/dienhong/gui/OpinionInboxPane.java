package vn.dienhong.gui;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.OpinionStatus;

/**
 * Ý kiến gửi Chủ tọa: the delegates' written opinions, newest first, with a badge counting the
 * unread ones, and buttons to mark the chosen one read or answered.
 */
final class OpinionInboxPane extends VBox {
    private final OpinionInboxViewModel model;
    private final LanguageModel language;
    private final Function<TemporalAccessor, String> time;
    private final ListView<Opinion> list = new ListView<>();

    OpinionInboxPane(OpinionInboxViewModel model, LanguageModel language, Function<TemporalAccessor, String> time) {
        this.model = model;
        this.language = language;
        this.time = time;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("panel", "inbox-panel");
        setSpacing(8);
        Label heading = FloorView.heading(language.text("opinion.heading"));
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label badge = new Label();
        badge.setId("unreadBadge");
        badge.getStyleClass().add("unread-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.textProperty().bind(language.format("opinion.unread", model.unreadProperty()));
        badge.visibleProperty().bind(model.unreadProperty().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        HBox top = new HBox(10, heading, badge);
        top.setAlignment(Pos.CENTER_LEFT);

        list.setId("opinionList");
        list.getStyleClass().add("floor-list");
        list.setItems(model.opinions());
        list.setCellFactory(v -> new OpinionCell());
        list.setPlaceholder(FloorView.placeholder(language.text("opinion.empty")));
        list.setMinHeight(80);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button read = markButton("markRead", "opinion.markRead", OpinionStatus.READ);
        Button answered = markButton("markAnswered", "opinion.markAnswered", OpinionStatus.ANSWERED);
        GridPane buttons = new GridPane();
        buttons.setHgap(8);
        buttons.add(read, 0, 0);
        buttons.add(answered, 1, 0);
        FloorView.evenColumns(buttons, 2);
        getChildren().addAll(top, list, buttons);
    }

    private Button markButton(String id, String key, OpinionStatus status) {
        Button button = FloorView.button(id, key, language, "floor-button");
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        button.setOnAction(e -> model.mark(list.getSelectionModel().getSelectedItem(), status));
        return button;
    }

    private void initListeners() {
        ListChoiceKeeper.keep(list, Opinion::id);
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
    }

    /** One opinion: sender and time with its state as a tag, then the text in full. */
    private final class OpinionCell extends ListCell<Opinion> {
        private final Label sender = new Label();
        private final Label status = new Label();
        private final Label text = new Label();
        private final VBox box;

        OpinionCell() {
            sender.getStyleClass().add("opinion-sender");
            sender.setWrapText(true);
            sender.setMinWidth(0);
            HBox.setHgrow(sender, Priority.ALWAYS);
            status.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("opinion-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, sender, status);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, top, text);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Opinion opinion, boolean empty) {
            super.updateItem(opinion, empty);
            if (empty || opinion == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Messages m = language.messages();
            setId("opinion" + opinion.id());
            sender.setText(m.format("opinion.from", opinion.delegateName(), time.apply(opinion.sentAt())));
            status.setText(m.get("opinion.status." + opinion.status().name()));
            status.getStyleClass().setAll("label", "opinion-status",
                    "opinion-status-" + opinion.status().name().toLowerCase(Locale.ROOT));
            text.setText(opinion.text());
            setGraphic(box);
        }
    }
}
