package vn.dienhong.gui;

import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Notice;

/**
 * Thông báo: a box to write a notice, the button that sends it to every tablet at once, and the
 * notices already sent, newest first, each with its time.
 */
final class NoticePane extends VBox {
    private final NoticeBoardViewModel model;
    private final LanguageModel language;
    private final Function<TemporalAccessor, String> time;

    NoticePane(NoticeBoardViewModel model, LanguageModel language, Function<TemporalAccessor, String> time) {
        this.model = model;
        this.language = language;
        this.time = time;
        createView();
    }

    private void createView() {
        getStyleClass().addAll("panel", "notice-panel");
        setSpacing(8);
        Label heading = FloorView.heading(language.text("notice.heading"));
        TextArea text = new TextArea();
        text.setId("noticeText");
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.promptTextProperty().bind(language.text("notice.prompt"));
        text.textProperty().bindBidirectional(model.draftProperty());

        Label length = new Label();
        length.setId("noticeLength");
        length.getStyleClass().add("floor-note");
        length.setMinWidth(0);
        HBox.setHgrow(length, Priority.ALWAYS);
        length.setMaxWidth(Double.MAX_VALUE);
        length.textProperty().bind(language.bind(m -> m.format("notice.length",
                model.draftProperty().get() == null ? 0 : model.draftProperty().get().strip().length(),
                NoticeBoardViewModel.maxLength()), model.draftProperty()));
        Button post = FloorView.button("postNotice", "notice.post", language, "floor-button-strong");
        post.setMaxWidth(Region.USE_PREF_SIZE);
        post.setMinWidth(Region.USE_PREF_SIZE);
        post.disableProperty().bind(model.canPost().not());
        post.setOnAction(e -> model.post());
        HBox actions = new HBox(10, length, post);
        actions.setAlignment(Pos.CENTER_RIGHT);

        ListView<Notice> list = new ListView<>(model.notices());
        list.setId("noticeList");
        list.getStyleClass().add("floor-list");
        list.setCellFactory(v -> new NoticeCell());
        list.setPlaceholder(FloorView.placeholder(language.text("notice.empty")));
        list.setMinHeight(70);
        list.setFocusTraversable(false);
        list.setPrefHeight(110);
        getChildren().addAll(heading, text, actions, list);
    }

    /** One sent notice: when, then the text in full. */
    private final class NoticeCell extends ListCell<Notice> {
        private final Label when = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, when, text);

        NoticeCell() {
            when.getStyleClass().add("notice-time");
            text.getStyleClass().add("notice-sent-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Notice notice, boolean empty) {
            super.updateItem(notice, empty);
            if (empty || notice == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("notice" + notice.id());
            when.setText(time.apply(notice.postedAt()));
            text.setText(notice.text());
            setGraphic(box);
        }
    }
}
