package vn.dienhong.gui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * The operator's draft of the next vote, prefilled from the item under discussion with the
 * council's configured defaults, so that preparing an ordinary resolution vote takes one click; a
 * confidence rating, confidence vote or election is always a secret ballot without changes.
 */
final class VoteFormViewModel {
    private final Messages hall;
    private final ObjectProperty<AgendaItem> item = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<VoteForm> form = new SimpleObjectProperty<>(VoteForm.OPEN);
    private final ObjectProperty<Threshold> threshold;
    private final StringProperty countdown = new SimpleStringProperty("");
    private final BooleanProperty allowChange;
    private final VoteKindDraft kinds = new VoteKindDraft();
    private String prefilled = "";
    /** The form chosen before a vote on people forced a secret ballot, given back if the operator returns. */
    private VoteForm formBeforeLock;

    /** The draft moves to {@code currentItem} (the item under discussion) whenever the hall moves on. */
    VoteFormViewModel(HallSettings settings, ObservableValue<AgendaItem> currentItem) {
        // the vote's title goes on the record and the hall's screens, so it is in the council's language
        this.hall = Messages.of(settings.language());
        this.threshold = new SimpleObjectProperty<>(defaultThreshold(settings));
        this.allowChange = new SimpleBooleanProperty(settings.allowBallotChange());
        item.addListener((o, old, now) -> prefill());
        form.addListener((o, old, now) -> {
            if (now == VoteForm.SECRET) {
                allowChange.set(false);
            }
        });
        kinds.hasSubjects().addListener((o, was, now) -> lockForm(now));
        kinds.kindProperty().addListener((o, old, now) -> prefill());
        item.set(currentItem.getValue());
        currentItem.addListener((o, old, now) -> item.set(now));
    }

    private static Threshold defaultThreshold(HallSettings settings) {
        return Arrays.stream(Threshold.values()).filter(t -> t.name().equals(settings.defaultThreshold()))
                .findFirst().orElse(Threshold.MAJORITY_OF_TOTAL);
    }

    /**
     * "Thông qua " + the item's title for a resolution, the law's own words for the other kinds, unless
     * the operator has written a title of their own.
     */
    private void prefill() {
        AgendaItem chosen = item.get();
        if (chosen == null || !(title.get().isBlank() || title.get().equals(prefilled))) {
            return;
        }
        VoteKind kind = kinds.kind();
        prefilled = hall.format(kind.hasSubjects() ? "vote.title.prefill." + kind.name() : "vote.title.prefill",
                chosen.title());
        title.set(prefilled);
    }

    /** The law makes votes on people secret; the operator's own choice comes back with a resolution. */
    private void lockForm(boolean locked) {
        if (locked) {
            formBeforeLock = form.get();
            form.set(VoteForm.SECRET);
        } else if (formBeforeLock != null) {
            form.set(formBeforeLock);
            formBeforeLock = null;
        }
    }

    /**
     * The vote to ask the hall for, or empty when the countdown is not a whole number of seconds;
     * every other rule (title, range, secret ballots without changes…) is the logic's to check.
     */
    Optional<NewVote> toNewVote() {
        String seconds = countdown.get() == null ? "" : countdown.get().strip();
        Integer countdownSeconds = null;
        if (!seconds.isEmpty()) {
            try {
                countdownSeconds = Integer.valueOf(seconds);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        AgendaItem chosen = item.get();
        VoteKind kind = kinds.kind();
        // confidence outcomes are fixed by law against the total; the threshold chosen does not apply to them
        Threshold applies = kinds.thresholdShown().get() ? threshold.get() : Threshold.MAJORITY_OF_TOTAL;
        return Optional.of(new NewVote(title.get() == null ? "" : title.get().strip(), kind, form.get(), applies,
                chosen == null ? null : chosen.id(), countdownSeconds, !kind.hasSubjects() && allowChange.get(), null,
                kind.hasSubjects() ? kinds.names() : List.of(), kinds.seatsToFill()));
    }

    /**
     * The kind of vote, the officials or candidates, and the seats of an election; while the kind is
     * decided per person ({@code hasSubjects}) the form is locked to secret and changes are not offered.
     */
    VoteKindDraft kinds() {
        return kinds;
    }

    /** The agenda item the vote belongs to; the title is prefilled from it. */
    ObjectProperty<AgendaItem> itemProperty() {
        return item;
    }

    StringProperty titleProperty() {
        return title;
    }

    /** Biểu quyết công khai or Bỏ phiếu kín. */
    ObjectProperty<VoteForm> formProperty() {
        return form;
    }

    ObjectProperty<Threshold> thresholdProperty() {
        return threshold;
    }

    /** Seconds as typed; blank for no countdown. */
    StringProperty countdownProperty() {
        return countdown;
    }

    /** "Cho phép sửa phiếu trước khi kết thúc"; switching to a secret ballot clears it. */
    BooleanProperty allowChangeProperty() {
        return allowChange;
    }

    /** A secret ballot cannot allow changes: changing needs to know what the voter chose. */
    BooleanBinding allowChangeDisabled() {
        return form.isEqualTo(VoteForm.SECRET);
    }
}
