package vn.dienhong.gui;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * How the drafted vote is decided: open or secret (locked to secret, with the reason, for votes on
 * people) and its threshold, which confidence votes do not have because the law fixes their outcome.
 */
final class VoteRuleFields extends VBox {
    private final VoteFormViewModel form;
    private final LanguageModel language;

    VoteRuleFields(VoteFormViewModel form, LanguageModel language) {
        this.form = form;
        this.language = language;
        createView();
    }

    private void createView() {
        setSpacing(5);
        VoteKindDraft kinds = form.kinds();
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
        FlowPane forms = new FlowPane(16, 6, open, secret);
        forms.disableProperty().bind(kinds.hasSubjects());
        Label locked = note("voteFormLocked", language.bind(m -> kinds.hasSubjects().get()
                ? m.get("vote.form.locked") : "", kinds.hasSubjects()));

        ComboBox<Threshold> threshold = new ComboBox<>();
        threshold.getItems().setAll(Threshold.values());
        threshold.setId("voteThreshold");
        threshold.setMaxWidth(Double.MAX_VALUE);
        threshold.valueProperty().bindBidirectional(form.thresholdProperty());
        VoteFormPane.words(threshold, t -> VoteTexts.thresholdName(language.messages(), t));
        language.messagesProperty().addListener((o, old, now) ->
                VoteFormPane.words(threshold, t -> VoteTexts.thresholdName(now, t)));
        threshold.visibleProperty().bind(kinds.thresholdShown());
        threshold.managedProperty().bind(threshold.visibleProperty());
        // "Điều kiện thông qua", "Điều kiện trúng cử", or for confidence "Hệ quả theo luật"
        Label thresholdCaption = VoteFormPane.caption(language.bind(m -> m.get(kinds.kind() == VoteKind.RESOLUTION
                ? "vote.field.threshold" : "vote.field.threshold." + kinds.kind().name()), kinds.kindProperty()));
        // a confidence rating or vote has no threshold to choose: say what decides it instead
        Label law = note("voteLawNote", language.bind(m -> kinds.kind() == VoteKind.RESOLUTION
                || kinds.kind() == VoteKind.ELECTION ? "" : m.get("vote.rule." + kinds.kind().name()),
                kinds.kindProperty()));

        getChildren().addAll(VoteFormPane.caption(language.text("vote.field.form")), forms, locked, thresholdCaption,
                threshold, law);
    }

    private RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.textProperty().bind(language.text(key));
        return radio;
    }

    /** A hint shown only while it has something to say. */
    private static Label note(String id, StringBinding text) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().addAll("hint", "form-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.textProperty().bind(text);
        note.visibleProperty().bind(text.isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
