package vn.dienhong.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dienhong.model.VoteKind;

/**
 * The people a confidence rating, confidence vote or election is about, typed one per line, and for
 * an election how many are to be elected; hidden for a resolution, which has no such list.
 */
final class VoteKindFields extends VBox {
    private final VoteKindDraft kinds;
    private final LanguageModel language;

    VoteKindFields(VoteKindDraft kinds, LanguageModel language) {
        this.kinds = kinds;
        this.language = language;
        createView();
    }

    private void createView() {
        setId("voteKindFields");
        setSpacing(6);
        visibleProperty().bind(kinds.hasSubjects());
        managedProperty().bind(visibleProperty());

        Label caption = VoteFormPane.caption(language.bind(m -> kinds.kind().hasSubjects()
                ? m.get("vote.field.subjects." + kinds.kind().name()) : "", kinds.kindProperty()));
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        TextArea names = new TextArea();
        names.setId("voteSubjects");
        names.setWrapText(true);
        names.setPrefRowCount(5);
        names.promptTextProperty().bind(language.text("vote.field.subjects.prompt"));
        names.textProperty().bindBidirectional(kinds.subjectsProperty());
        Label count = new Label();
        count.setId("voteSubjectCount");
        count.getStyleClass().add("hint");
        count.setWrapText(true);
        count.setMinHeight(Label.USE_PREF_SIZE);
        count.textProperty().bind(language.format("vote.field.subjects.count", kinds.count()));

        getChildren().addAll(caption, names, count, seats());
    }

    /** "Số người được bầu", from 1 to the number of candidates typed; only for an election. */
    private HBox seats() {
        IntegerSpinnerValueFactory range = new IntegerSpinnerValueFactory(1, kinds.seatLimit().get(), 1);
        range.maxProperty().bind(kinds.seatLimit());
        range.valueProperty().bindBidirectional(kinds.seatsProperty());
        Spinner<Integer> spinner = new Spinner<>(range);
        spinner.setId("voteSeats");
        spinner.setPrefWidth(110);
        Label caption = VoteFormPane.caption(language.text("vote.field.seats"));
        HBox row = new HBox(12, caption, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(kinds.kindProperty().isEqualTo(VoteKind.ELECTION));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
