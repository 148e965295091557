package vn.dienhong.gui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;

/**
 * The speakers' queue as the operator runs it for the chair: who speaks now with the time left, who
 * waits in which order, and the commands to give the floor, end a turn, reorder and remove.
 */
final class SpeakerQueueViewModel {
    private final HallServices services;
    private final OperatorCommands commands;
    private final CoalescedRead<List<SpeakerRequest>> read;
    private final SpeakingClock clock;
    private final ObservableList<SpeakerRequest> waiting = FXCollections.observableArrayList();
    private final ObservableList<SpeakerRequest> readOnlyWaiting = FXCollections.unmodifiableObservableList(waiting);
    private final ReadOnlyObjectWrapper<SpeakerRequest> speaking = new ReadOnlyObjectWrapper<>();

    SpeakerQueueViewModel(HallServices services, Executor ui, LanguageModel language, OperatorErrors errors,
                          Clock time) {
        this.services = services;
        this.commands = OperatorCommands.floor(ui, errors);
        this.clock = new SpeakingClock(time, language);
        this.read = new CoalescedRead<>(services.executors(), ui, () -> services.speakers().queue(), this::show,
                CoalescedRead.reportTo(errors));
    }

    private void show(List<SpeakerRequest> queue) {
        SpeakerRequest now = queue.stream().filter(r -> r.status() == SpeakerStatus.SPEAKING).findFirst().orElse(null);
        FreshRows.show(waiting, queue.stream().filter(r -> r.status() == SpeakerStatus.WAITING).toList());
        speaking.set(now);
        clock.follow(now == null ? null : now.startedAt(), now == null ? null : limit(now.kind()),
                services.speakers().times().warning());
    }

    /** Reads the queue again (after an event, or when the meeting changed). */
    void refresh() {
        read.refresh();
    }

    /** Gives the floor to a waiting delegate; whoever was speaking is done. */
    void giveFloor(SpeakerRequest request) {
        if (request != null) {
            commands.run(() -> services.speakers().giveFloor(request.id()), "error.speaker.floor", r -> refresh());
        }
    }

    /** Ends the turn of whoever speaks now. */
    void endTurn() {
        SpeakerRequest now = speaking.get();
        if (now != null) {
            commands.run(() -> services.speakers().endTurn(now.id()), "error.speaker.end", r -> refresh());
        }
    }

    /** Moves a waiting request one place earlier (-1) or later (+1). */
    void move(SpeakerRequest request, int by) {
        int index = request == null ? -1 : waiting.indexOf(request);
        int place = index + 1 + by;
        if (index >= 0 && place >= 1 && place <= waiting.size()) {
            commands.run(() -> services.speakers().move(request.id(), place), "error.speaker.move", r -> refresh());
        }
    }

    /** Takes a waiting request off the queue, as the chair decided. */
    void remove(SpeakerRequest request) {
        if (request != null) {
            commands.run(() -> services.speakers().withdraw(OperatorCommands.CONSOLE, request.id()), "error.speaker.remove",
                    r -> refresh());
        }
    }

    /** The waiting requests, next first. */
    ObservableList<SpeakerRequest> waiting() {
        return readOnlyWaiting;
    }

    /** Who has the floor now; null when nobody. */
    ReadOnlyObjectProperty<SpeakerRequest> speakingProperty() {
        return speaking.getReadOnlyProperty();
    }

    SpeakingClock clock() {
        return clock;
    }

    /** How long a kind of speech may last (the hall's setting), for the line under the speaker's name. */
    Duration limit(SpeakerKind kind) {
        return services.speakers().times().limit(kind);
    }

    /** True while the hall has not answered the last command. */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
