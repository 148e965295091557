package vn.dienhong.gui;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.HallEvent;

/**
 * The feed of recent hall events, newest on top, each with its time and a sentence in the
 * console's language, so the operator sees that a change really went out to the hall.
 */
final class EventFeedView extends VBox {
    private final EventFeedViewModel feed;
    private final LanguageModel language;
    private final ListView<HallEvent> list = new ListView<>();

    EventFeedView(EventFeedViewModel feed, LanguageModel language) {
        this.feed = feed;
        this.language = language;
        createView();
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
    }

    private void createView() {
        getStyleClass().addAll("panel", "feed-panel");
        setSpacing(8);
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(language.text("feed.heading"));

        list.setId("eventFeed");
        list.getStyleClass().add("event-feed");
        list.setItems(feed.entries());
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new EventCell());
        Label empty = new Label();
        empty.getStyleClass().add("hint");
        empty.textProperty().bind(language.text("feed.empty"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    /** One event: time of day in a fixed column, then what happened, wrapped. */
    private final class EventCell extends ListCell<HallEvent> {
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox row = new HBox(12, time, text);

        EventCell() {
            time.getStyleClass().add("feed-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("feed-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.setAlignment(Pos.TOP_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(HallEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                return;
            }
            time.setText(feed.time(event));
            text.setText(feed.describe(event, language.messages()));
            setGraphic(row);
        }
    }
}
