package vn.dienhong.gui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.OpinionStatus;

/**
 * The chair's inbox (ý kiến gửi chủ tọa) kept by the operator: the delegates' written opinions,
 * newest first, how many nobody has read yet, and marking one read or answered.
 */
final class OpinionInboxViewModel {
    private final HallServices services;
    private final OperatorCommands commands;
    private final CoalescedRead<List<Opinion>> read;
    private final ObservableList<Opinion> opinions = FXCollections.observableArrayList();
    private final ObservableList<Opinion> readOnlyOpinions = FXCollections.unmodifiableObservableList(opinions);
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper();

    OpinionInboxViewModel(HallServices services, Executor ui, OperatorErrors errors) {
        this.services = services;
        this.commands = OperatorCommands.floor(ui, errors);
        this.read = new CoalescedRead<>(services.executors(), ui, () -> services.opinions().inbox(), this::show,
                CoalescedRead.reportTo(errors));
    }

    private void show(List<Opinion> inbox) {
        FreshRows.show(opinions, inbox);
        // counted from the same read as the list, so the badge and the rows always agree
        unread.set((int) inbox.stream().filter(o -> o.status() == OpinionStatus.NEW).count());
    }

    /** Reads the inbox again (after an event, or when the meeting changed). */
    void refresh() {
        read.refresh();
    }

    /** Marks an opinion READ or ANSWERED. */
    void mark(Opinion opinion, OpinionStatus status) {
        if (opinion != null && opinion.status() != status) {
            commands.run(() -> services.opinions().setStatus(opinion.id(), status), "error.opinion.mark",
                    o -> refresh());
        }
    }

    /** The opinions of the running meeting, newest first. */
    ObservableList<Opinion> opinions() {
        return readOnlyOpinions;
    }

    /** How many opinions are still unread (status NEW). */
    ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** True while the hall has not answered the last command. */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
