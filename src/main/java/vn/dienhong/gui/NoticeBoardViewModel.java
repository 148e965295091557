package vn.dienhong.gui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.NoticeService;
import vn.dienhong.model.Notice;

/**
 * Thông báo: the notice the operator is writing and the ones already sent to every tablet, newest
 * first; the draft is cleared only once the hall has stored and broadcast it.
 */
final class NoticeBoardViewModel {
    private final HallServices services;
    private final OperatorCommands commands;
    private final CoalescedRead<List<Notice>> read;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> readOnlyNotices = FXCollections.unmodifiableObservableList(notices);
    private final BooleanBinding canPost;

    NoticeBoardViewModel(HallServices services, Executor ui, OperatorErrors errors) {
        this.services = services;
        this.commands = OperatorCommands.floor(ui, errors);
        this.read = new CoalescedRead<>(services.executors(), ui, () -> services.notices().all(), notices::setAll,
                CoalescedRead.reportTo(errors));
        this.canPost = Bindings.createBooleanBinding(() -> draft.get() != null && !draft.get().isBlank()
                && !commands.busyProperty().get(), draft, commands.busyProperty());
    }

    /** Reads the sent notices again (after an event, or when the meeting changed). */
    void refresh() {
        read.refresh();
    }

    /** Sends the draft to every tablet; too long a text is refused by the hall with its reason. */
    void post() {
        String text = draft.get();
        commands.run(() -> services.notices().post(text), "error.notice.post", notice -> {
            if (text.equals(draft.get())) {
                draft.set("");
            }
            refresh();
        });
    }

    /** The notice being written. */
    StringProperty draftProperty() {
        return draft;
    }

    /** How many characters a notice may have. */
    static int maxLength() {
        return NoticeService.MAX_TEXT;
    }

    /** True when there is something to send and the last notice has been answered. */
    BooleanBinding canPost() {
        return canPost;
    }

    /** The running meeting's notices, newest first. */
    ObservableList<Notice> notices() {
        return readOnlyNotices;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
