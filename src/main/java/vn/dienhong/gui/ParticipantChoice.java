package vn.dienhong.gui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.Delegate;

/**
 * Who takes part in a committee, group discussion or standing-committee meeting: the council's
 * delegates as a checklist the operator can search, and how many are ticked.
 */
final class ParticipantChoice {
    private final ObservableList<Delegate> delegates = FXCollections.observableArrayList();
    private final FilteredList<Delegate> shown = new FilteredList<>(delegates);
    private final StringProperty filter = new SimpleStringProperty("");
    private final Map<Long, BooleanProperty> ticked = new HashMap<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final CoalescedRead<List<Delegate>> read;

    ParticipantChoice(HallServices services, Executor ui, OperatorErrors errors) {
        this.read = new CoalescedRead<>(services.executors(), ui, () -> services.planner().councilDelegates(),
                delegates::setAll, failure -> errors.show("error.meeting.delegates"));
        filter.addListener((o, old, now) -> shown.setPredicate(d -> matches(d, now)));
    }

    private static boolean matches(Delegate d, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || d.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                || (d.groupName() != null && d.groupName().toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** Reads the council's delegates on a hall worker. */
    void load() {
        read.refresh();
    }

    /** Whether a delegate is ticked; the checklist binds to it. */
    BooleanProperty tickedProperty(Delegate delegate) {
        return ticked.computeIfAbsent(delegate.id(), id -> {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, old, now) -> count.set(
                    (int) ticked.values().stream().filter(BooleanProperty::get).count()));
            return p;
        });
    }

    /** Ticks or unticks every delegate the filter shows. */
    void tickShown(boolean value) {
        List.copyOf(shown).forEach(d -> tickedProperty(d).set(value));
    }

    /** The ticked delegates' ids, in the council's order. */
    List<Long> tickedIds() {
        return delegates.stream().filter(d -> tickedProperty(d).get()).map(Delegate::id).toList();
    }

    /** The delegates that match the filter. */
    ObservableList<Delegate> shown() {
        return shown;
    }

    /** Part of a name or a group (tổ) to find delegates by. */
    StringProperty filterProperty() {
        return filter;
    }

    /** How many delegates are ticked. */
    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
