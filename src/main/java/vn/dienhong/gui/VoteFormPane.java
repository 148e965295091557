package vn.dienhong.gui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;

/**
 * The "Chuẩn bị biểu quyết" form: agenda item, title, open or secret, threshold, countdown and
 * whether ballots may be changed, with the button that asks the hall to create the vote.
 */
final class VoteFormPane extends VBox {
    private final VotePanelViewModel model;
    private final AgendaViewModel agenda;
    private final LanguageModel language;

    VoteFormPane(VotePanelViewModel model, AgendaViewModel agenda, LanguageModel language) {
        this.model = model;
        this.agenda = agenda;
        this.language = language;
        createView();
    }

    private void createView() {
        getStyleClass().addAll("panel", "vote-form");
        setSpacing(6);
        VoteFormViewModel form = model.form();
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(language.text("vote.prepare.heading"));

        ComboBox<AgendaItem> item = new ComboBox<>(agenda.items());
        item.setId("voteItem");
        item.setMaxWidth(Double.MAX_VALUE);
        item.valueProperty().bindBidirectional(form.itemProperty());
        item.setConverter(converter(i -> language.messages().format("agenda.item", i.ordinal(), i.title())));

        TextArea title = new TextArea();
        title.setId("voteTitle");
        title.setWrapText(true);
        title.setPrefRowCount(2);
        title.textProperty().bindBidirectional(form.titleProperty());

        ToggleGroup formGroup = new ToggleGroup();
        RadioButton open = radio("formOpen", "vote.form.OPEN", formGroup);
        RadioButton secret = radio("formSecret", "vote.form.SECRET", formGroup);
        formGroup.selectToggle(form.formProperty().get() == VoteForm.SECRET ? secret : open);
        formGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                form.formProperty().set(now == secret ? VoteForm.SECRET : VoteForm.OPEN);
            }
        });
        form.formProperty().addListener((o, old, now) ->
                formGroup.selectToggle(now == VoteForm.SECRET ? secret : open));

        ComboBox<Threshold> threshold = new ComboBox<>();
        threshold.getItems().setAll(Threshold.values());
        threshold.setId("voteThreshold");
        threshold.setMaxWidth(Double.MAX_VALUE);
        threshold.valueProperty().bindBidirectional(form.thresholdProperty());
        threshold.setConverter(converter(t -> VoteTexts.thresholdName(language.messages(), t)));

        TextField countdown = new TextField();
        countdown.setId("voteCountdownSeconds");
        countdown.promptTextProperty().bind(language.text("vote.field.countdown.prompt"));
        countdown.textProperty().bindBidirectional(form.countdownProperty());

        CheckBox allowChange = new CheckBox();
        allowChange.setId("voteAllowChange");
        allowChange.setWrapText(true);
        allowChange.textProperty().bind(language.text("vote.field.allowChange"));
        allowChange.selectedProperty().bindBidirectional(form.allowChangeProperty());
        allowChange.disableProperty().bind(form.allowChangeDisabled());

        Button create = new Button();
        create.setId("createVote");
        create.getStyleClass().add("primary-button");
        create.setMaxWidth(Double.MAX_VALUE);
        create.textProperty().bind(language.text("vote.create"));
        create.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() ->
                form.titleProperty().get() == null || form.titleProperty().get().isBlank(), form.titleProperty())));
        create.setOnAction(e -> model.create());

        language.messagesProperty().addListener((o, old, now) -> {
            // the shown names of items and thresholds follow the language
            item.setConverter(converter(i -> now.format("agenda.item", i.ordinal(), i.title())));
            threshold.setConverter(converter(t -> VoteTexts.thresholdName(now, t)));
        });
        FlowPane forms = new FlowPane(16, 6, open, secret);
        countdown.setPrefColumnCount(5);
        HBox.setHgrow(countdown, Priority.ALWAYS);
        HBox countdownRow = new HBox(12, caption("vote.field.countdown"), countdown);
        countdownRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, caption("vote.field.item"), item, caption("vote.field.title"), title,
                caption("vote.field.form"), forms, caption("vote.field.threshold"), threshold, countdownRow,
                allowChange, create);
        VBox.setMargin(allowChange, new Insets(6, 0, 6, 0));
    }

    private RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.textProperty().bind(language.text(key));
        return radio;
    }

    private Node caption(String key) {
        Label caption = new Label();
        caption.getStyleClass().add("field-caption");
        caption.textProperty().bind(language.text(key));
        return caption;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }
}
