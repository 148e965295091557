package vn.dienhong.gui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.SpeakerRequest;

/**
 * Đăng ký phát biểu on the console: the speaker on the floor with the countdown, then the delegates
 * waiting in order, and the large buttons that give the floor, reorder and remove.
 */
final class SpeakerQueuePane extends VBox {
    private final SpeakerQueueViewModel model;
    private final LanguageModel language;
    private final OperatorDialogs dialogs;
    private final ListView<SpeakerRequest> list = new ListView<>();

    SpeakerQueuePane(SpeakerQueueViewModel model, LanguageModel language, OperatorDialogs dialogs) {
        this.model = model;
        this.language = language;
        this.dialogs = dialogs;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("panel", "speaker-panel");
        setSpacing(8);
        Label heading = FloorView.heading(language.text("speaker.heading"));
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        Label waiting = new Label();
        waiting.setId("speakerCount");
        waiting.getStyleClass().add("floor-subheading");
        waiting.setMinWidth(Region.USE_PREF_SIZE);
        waiting.textProperty().bind(language.bind(m -> m.format("speaker.waiting", model.waiting().size()),
                model.waiting()));
        HBox top = new HBox(10, heading, waiting);
        top.setAlignment(Pos.BASELINE_LEFT);

        list.setId("speakerList");
        list.getStyleClass().add("floor-list");
        list.setItems(model.waiting());
        list.setCellFactory(v -> new SpeakerCell(language));
        list.setPlaceholder(FloorView.placeholder(language.text("speaker.empty")));
        list.setMinHeight(110);
        VBox.setVgrow(list, Priority.ALWAYS);

        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        Button give = FloorView.button("giveFloor", "speaker.give", language, "floor-button-strong");
        give.disableProperty().bind(none);
        give.setOnAction(e -> model.giveFloor(selected()));
        Button up = FloorView.button("moveUp", "speaker.up", language, "floor-button");
        up.disableProperty().bind(none.or(list.getSelectionModel().selectedIndexProperty().lessThan(1)));
        up.setOnAction(e -> model.move(selected(), -1));
        Button down = FloorView.button("moveDown", "speaker.down", language, "floor-button");
        down.disableProperty().bind(none.or(list.getSelectionModel().selectedIndexProperty()
                .greaterThanOrEqualTo(Bindings.size(model.waiting()).subtract(1))));
        down.setOnAction(e -> model.move(selected(), 1));
        Button remove = FloorView.button("removeSpeaker", "speaker.remove", language, "floor-button-danger");
        remove.disableProperty().bind(none);
        remove.setOnAction(e -> remove());
        GridPane buttons = new GridPane();
        buttons.setHgap(8);
        buttons.setVgap(8);
        buttons.add(give, 0, 0);
        buttons.add(up, 1, 0);
        buttons.add(remove, 0, 1);
        buttons.add(down, 1, 1);
        FloorView.evenColumns(buttons, 2);
        getChildren().addAll(top, new SpeakingNowBox(model, language), list,
                FloorView.hint(language.text("speaker.hint")), buttons);
    }

    private SpeakerRequest selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Removing someone's request is the chair's decision, so it is asked once more. */
    private void remove() {
        SpeakerRequest request = selected();
        if (request == null) {
            return;
        }
        Messages m = language.messages();
        if (dialogs.confirm(getScene() == null ? null : getScene().getWindow(), m.get("speaker.remove.title"),
                m.format("speaker.remove.message", request.delegateName(), SpeakerTexts.kind(m, request)),
                m.get("speaker.remove.yes"), m.get("speaker.remove.no"))) {
            model.remove(request);
        }
    }

    private void initListeners() {
        ListChoiceKeeper.keep(list, SpeakerRequest::id);
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
    }
}
