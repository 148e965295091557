package vn.dienhong.gui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dienhong.model.VoteKind;

/**
 * What the operator's draft decides about (a resolution, or officials to rate or vote on, or candidates
 * to elect) with the names typed one per line and the number of seats, kept apart from the rest of
 * the form so that the rules of each kind are in one place.
 */
final class VoteKindDraft {
    private final ObjectProperty<VoteKind> kind = new SimpleObjectProperty<>(VoteKind.RESOLUTION);
    private final StringProperty subjects = new SimpleStringProperty("");
    private final ObjectProperty<Integer> seats = new SimpleObjectProperty<>(1);
    private final IntegerBinding count = Bindings.createIntegerBinding(() -> names().size(), subjects);
    private final IntegerBinding seatLimit = Bindings.createIntegerBinding(() -> Math.max(1, count.get()), count);
    private final BooleanBinding hasSubjects = Bindings.createBooleanBinding(() -> kind().hasSubjects(), kind);
    private final BooleanBinding election = kind.isEqualTo(VoteKind.ELECTION);
    private final BooleanBinding thresholdShown = Bindings.createBooleanBinding(
            () -> kind() == VoteKind.RESOLUTION || kind() == VoteKind.ELECTION, kind);

    VoteKindDraft() {
        // fewer candidates than seats cannot be: the seats follow the list down
        seatLimit.addListener((o, old, now) -> {
            if (seats.get() == null || seats.get() > now.intValue()) {
                seats.set(now.intValue());
            }
        });
    }

    /** The kind chosen; never null for the rest of the form. */
    VoteKind kind() {
        return kind.get() == null ? VoteKind.RESOLUTION : kind.get();
    }

    /** The names as typed, one per line; empty lines and spaces around a name do not count. */
    List<String> names() {
        String typed = subjects.get() == null ? "" : subjects.get();
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** How many may be elected: 1 unless the draft is an election. */
    int seatsToFill() {
        return kind() == VoteKind.ELECTION && seats.get() != null ? seats.get() : 1;
    }

    /** Biểu quyết thông qua, Lấy phiếu tín nhiệm, Bỏ phiếu tín nhiệm or Bầu cử. */
    ObjectProperty<VoteKind> kindProperty() {
        return kind;
    }

    /** The officials or candidates, one per line, as the operator types them. */
    StringProperty subjectsProperty() {
        return subjects;
    }

    /** "Số người được bầu" of an election, 1 up to the number of candidates. */
    ObjectProperty<Integer> seatsProperty() {
        return seats;
    }

    /** How many names are typed. */
    IntegerBinding count() {
        return count;
    }

    /** The most seats the list allows (at least 1, so the spinner always has a range). */
    IntegerBinding seatLimit() {
        return seatLimit;
    }

    /** True for the kinds decided per person; the list of names is asked for only then. */
    BooleanBinding hasSubjects() {
        return hasSubjects;
    }

    BooleanBinding election() {
        return election;
    }

    /** A threshold applies to resolutions and elections; confidence outcomes are fixed by law. */
    BooleanBinding thresholdShown() {
        return thresholdShown;
    }
}
