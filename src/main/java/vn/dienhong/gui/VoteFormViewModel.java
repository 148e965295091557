package vn.dienhong.gui;

import java.util.Arrays;
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
 * council's configured defaults, so that preparing an ordinary resolution vote takes one click.
 */
final class VoteFormViewModel {
    private final Messages hall;
    private final ObjectProperty<AgendaItem> item = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<VoteForm> form = new SimpleObjectProperty<>(VoteForm.OPEN);
    private final ObjectProperty<Threshold> threshold;
    private final StringProperty countdown = new SimpleStringProperty("");
    private final BooleanProperty allowChange;
    private String prefilled = "";

    /** The draft moves to {@code currentItem} (the item under discussion) whenever the hall moves on. */
    VoteFormViewModel(HallSettings settings, ObservableValue<AgendaItem> currentItem) {
        // the vote's title goes on the record and the hall's screens, so it is in the council's language
        this.hall = Messages.of(settings.language());
        this.threshold = new SimpleObjectProperty<>(defaultThreshold(settings));
        this.allowChange = new SimpleBooleanProperty(settings.allowBallotChange());
        item.addListener((o, old, now) -> prefill(now));
        form.addListener((o, old, now) -> {
            if (now == VoteForm.SECRET) {
                allowChange.set(false);
            }
        });
        item.set(currentItem.getValue());
        currentItem.addListener((o, old, now) -> item.set(now));
    }

    private static Threshold defaultThreshold(HallSettings settings) {
        return Arrays.stream(Threshold.values()).filter(t -> t.name().equals(settings.defaultThreshold()))
                .findFirst().orElse(Threshold.MAJORITY_OF_TOTAL);
    }

    /** "Thông qua " + the item's title, unless the operator has written a title of their own. */
    private void prefill(AgendaItem chosen) {
        if (chosen == null || !(title.get().isBlank() || title.get().equals(prefilled))) {
            return;
        }
        prefilled = hall.format("vote.title.prefill", chosen.title());
        title.set(prefilled);
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
        return Optional.of(new NewVote(title.get() == null ? "" : title.get().strip(), VoteKind.RESOLUTION, form.get(),
                threshold.get(), chosen == null ? null : chosen.id(), countdownSeconds, allowChange.get(), null));
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
