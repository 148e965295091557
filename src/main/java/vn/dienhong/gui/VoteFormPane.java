package vn.dienhong.gui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.VoteKind;

/**
 * The "Chuẩn bị biểu quyết" form: agenda item, kind of vote, title, the officials or candidates of a
 * vote on people, open or secret, threshold, countdown and whether ballots may be changed, with the
 * button that asks the hall to create the vote.
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
        setSpacing(5);
        VoteFormViewModel form = model.form();
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(language.text("vote.prepare.heading"));

        ComboBox<AgendaItem> item = new ComboBox<>(agenda.items());
        item.setId("voteItem");
        item.setMaxWidth(Double.MAX_VALUE);
        item.valueProperty().bindBidirectional(form.itemProperty());
        words(item, i -> language.messages().format("agenda.item", i.ordinal(), i.title()));

        ComboBox<VoteKind> kind = new ComboBox<>();
        kind.getItems().setAll(VoteKind.values());
        kind.setId("voteKind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(form.kinds().kindProperty());
        words(kind, k -> SubjectTexts.kindName(language.messages(), k));

        TextArea title = new TextArea();
        title.setId("voteTitle");
        title.setWrapText(true);
        title.setPrefRowCount(2);
        title.textProperty().bindBidirectional(form.titleProperty());

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
        // a vote on people is always secret, so there is nothing to allow
        allowChange.visibleProperty().bind(form.kinds().hasSubjects().not());
        allowChange.managedProperty().bind(allowChange.visibleProperty());

        Button create = new Button();
        create.setId("createVote");
        create.getStyleClass().add("primary-button");
        create.setMaxWidth(Double.MAX_VALUE);
        create.textProperty().bind(language.text("vote.create"));
        create.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() ->
                form.titleProperty().get() == null || form.titleProperty().get().isBlank(), form.titleProperty())));
        create.setOnAction(e -> model.create());

        language.messagesProperty().addListener((o, old, now) -> {
            // the shown names of items and kinds follow the language
            words(item, i -> now.format("agenda.item", i.ordinal(), i.title()));
            words(kind, k -> SubjectTexts.kindName(now, k));
        });
        countdown.setPrefColumnCount(5);
        HBox.setHgrow(countdown, Priority.ALWAYS);
        HBox countdownRow = new HBox(12, caption(language.text("vote.field.countdown")), countdown);
        countdownRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, caption(language.text("vote.field.item")), item,
                caption(language.text("vote.field.kind")), kind, caption(language.text("vote.field.title")), title,
                new VoteKindFields(form.kinds(), language), new VoteRuleFields(form, language), countdownRow,
                allowChange, create);
        // tight enough that a resolution's form fits a 1280×800 screen without scrolling
        VBox.setMargin(allowChange, new Insets(2, 0, 2, 0));
    }

    /** A field's caption above it. */
    static Label caption(ObservableValue<String> text) {
        Label caption = new Label();
        caption.getStyleClass().add("field-caption");
        caption.textProperty().bind(text);
        return caption;
    }

    /**
     * Shows a list's choices in words; called again when the language changes, it re-words the choice
     * shown too (a combo box does not redraw it for a new converter alone). While nothing is chosen the box
     * shows its prompt text, which a custom button cell would otherwise hide.
     */
    static <T> void words(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        });
        box.setCellFactory(list -> new WordCell<>(text, () -> ""));
        box.setButtonCell(new WordCell<>(text, box::getPromptText));
    }

    private static final class WordCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final Supplier<String> nothing;

        WordCell(Function<T, String> text, Supplier<String> nothing) {
            this.text = text;
            this.nothing = nothing;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? nothing.get() : text.apply(value));
        }
    }
}
