package vn.dienhong.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.MeetingService;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.MeetingSnapshot;

/**
 * The agenda half of the console: the items of the running meeting, the one under discussion, and
 * the operator's command to move on, which is confirmed only by the hall's "agenda.changed" event so
 * the console shows exactly what the tablets were told.
 */
final class AgendaViewModel {
    static final String AGENDA_CHANGED = "agenda.changed";
    private static final Logger LOG = LoggerFactory.getLogger(AgendaViewModel.class);

    private final MeetingService meetings;
    private final Executor ui;
    private final Consumer<String> errors;
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<AgendaItem> currentItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper();
    private long meetingId = -1;

    /** {@code errors} receives the message key of a failure the operator must read. */
    AgendaViewModel(MeetingService meetings, Executor ui, Consumer<String> errors) {
        this.meetings = meetings;
        this.ui = ui;
        this.errors = errors;
    }

    ObservableList<AgendaItem> items() {
        return readOnlyItems;
    }

    /** The item under discussion (Nội dung đang thảo luận), or null before one is chosen. */
    ReadOnlyObjectProperty<AgendaItem> currentItemProperty() {
        return currentItem.getReadOnlyProperty();
    }

    /** True while a move asked by the operator has not been answered yet. */
    ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    /** Shows a freshly loaded meeting; call on the UI thread. */
    void show(MeetingSnapshot snapshot) {
        meetingId = snapshot.meeting().id();
        items.setAll(snapshot.agenda());
        currentItem.set(snapshot.currentItem());
    }

    /**
     * Applies an "agenda.changed" event; returns false when the event names a meeting or item this
     * console has not loaded, so the caller reloads instead of guessing.
     */
    boolean apply(HallEvent event) {
        Object meeting = event.data().get("meetingId");
        Object item = event.data().get("currentItemId");
        if (!(meeting instanceof Number m) || !(item instanceof Number i) || m.longValue() != meetingId) {
            return false;
        }
        AgendaItem found = find(i.longValue());
        currentItem.set(found);
        return found != null;
    }

    /** Asks the hall to make an item the one under discussion; call on the UI thread. */
    void moveTo(AgendaItem item) {
        if (item == null || moving.get()) {
            return;
        }
        moving.set(true);
        CompletableFuture<Boolean> answer;
        try {
            answer = meetings.moveTo(item.id());
        } catch (RejectedExecutionException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((moved, failure) -> ui.execute(() -> {
            moving.set(false);
            if (failure != null) {
                LOG.warn("Moving the agenda to item {} failed", item.id(), failure);
                errors.accept(busy(failure) ? "error.busy" : "error.move.failed");
            } else if (!moved) {
                errors.accept("error.move.notInMeeting");
            }
        }));
    }

    private AgendaItem find(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst().orElse(null);
    }

    /** Whether a failure means the hall's workers refused the task (overloaded or shutting down). */
    static boolean busy(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof RejectedExecutionException;
    }
}
