package vn.dienhong.gui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.AgendaItem;

/**
 * The agenda (Chương trình kỳ họp) with the item under discussion marked, where the operator
 * picks an item and moves the whole hall to it with one large button, or prepares another meeting.
 */
final class AgendaView extends VBox {
    private static final double HINT_MIN_WIDTH = 720;
    private static final double LIST_MIN_HEIGHT = 190;
    private final AgendaViewModel agenda;
    private final LanguageModel language;
    private final ListView<AgendaItem> list = new ListView<>();
    private final Runnable newMeeting;

    /** {@code newMeeting} opens the form that prepares another meeting. */
    AgendaView(AgendaViewModel agenda, LanguageModel language, Runnable newMeeting) {
        this.agenda = agenda;
        this.language = language;
        this.newMeeting = newMeeting;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("panel", "agenda-panel");
        setSpacing(12);

        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(language.text("agenda.heading"));
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Button prepare = new Button();
        prepare.setId("newMeeting");
        prepare.getStyleClass().add("secondary-button");
        prepare.setMinWidth(Button.USE_PREF_SIZE);
        prepare.textProperty().bind(language.text("meeting.new.button"));
        prepare.setOnAction(e -> newMeeting.run());
        HBox headingRow = new HBox(12, heading, prepare);
        headingRow.setAlignment(Pos.CENTER_LEFT);

        Label currentCaption = new Label();
        currentCaption.getStyleClass().add("current-caption");
        currentCaption.textProperty().bind(language.text("agenda.current"));
        Label current = new Label();
        current.setId("currentItem");
        current.getStyleClass().add("current-title");
        current.setWrapText(true);
        current.setMinHeight(Region.USE_PREF_SIZE);
        current.textProperty().bind(Bindings.createStringBinding(() -> {
            AgendaItem item = agenda.currentItemProperty().get();
            Messages m = language.messages();
            return item == null ? m.get("agenda.current.none") : m.format("agenda.item", item.ordinal(), item.title());
        }, agenda.currentItemProperty(), language.messagesProperty()));
        VBox currentBox = new VBox(4, currentCaption, current);
        currentBox.getStyleClass().add("current-box");

        list.setId("agendaList");
        list.getStyleClass().add("agenda-list");
        list.setItems(agenda.items());
        list.setCellFactory(v -> new AgendaCell(agenda, language));
        Label empty = new Label();
        empty.textProperty().bind(language.text("agenda.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(LIST_MIN_HEIGHT);

        Label hint = new Label();
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(language.text("agenda.hint"));
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        // on a narrow screen the rows need the room more than the hint does
        hint.visibleProperty().bind(widthProperty().greaterThan(HINT_MIN_WIDTH));
        hint.managedProperty().bind(hint.visibleProperty());

        Button move = new Button();
        move.setId("moveToItem");
        move.getStyleClass().add("primary-button");
        move.setMinWidth(Button.USE_PREF_SIZE);
        move.textProperty().bind(Bindings.when(agenda.movingProperty())
                .then(language.text("agenda.moving")).otherwise(language.text("agenda.moveTo")));
        move.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            AgendaItem selected = list.getSelectionModel().getSelectedItem();
            return selected == null || agenda.movingProperty().get()
                    || selected.equals(agenda.currentItemProperty().get());
        }, list.getSelectionModel().selectedItemProperty(), agenda.movingProperty(), agenda.currentItemProperty()));
        move.setOnAction(e -> agenda.moveTo(list.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(16, hint, move);
        actions.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(headingRow, currentBox, list, actions);
    }

    private void initListeners() {
        agenda.currentItemProperty().addListener((o, old, now) -> {
            list.refresh();
            if (now != null) {
                list.scrollTo(Math.max(0, agenda.items().indexOf(now) - 1));
            }
        });
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
    }
}
