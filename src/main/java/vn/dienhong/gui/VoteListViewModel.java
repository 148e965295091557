package vn.dienhong.gui;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;

/**
 * The running meeting's votes with their state (Chuẩn bị, Đang biểu quyết, Đã kết thúc, Đã hủy),
 * newest first, read again on a worker whenever one of them changes; cancelled votes stay listed.
 */
final class VoteListViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VoteListViewModel.class);

    private final HallServices services;
    private final Executor ui;
    private final OperatorErrors errors;
    private final Consumer<List<Vote>> loaded;
    private final ObservableList<Vote> votes = FXCollections.observableArrayList();
    private final ObservableList<Vote> readOnlyVotes = FXCollections.unmodifiableObservableList(votes);
    private final BooleanBinding anyOpen = Bindings.createBooleanBinding(
            () -> votes.stream().anyMatch(v -> v.status() == VoteStatus.OPEN), votes);

    /** {@code loaded} hears, on the UI thread, each fresh list (newest first). */
    VoteListViewModel(HallServices services, Executor ui, OperatorErrors errors, Consumer<List<Vote>> loaded) {
        this.services = services;
        this.ui = ui;
        this.errors = errors;
        this.loaded = loaded;
    }

    /** Reads the meeting's votes on a hall worker and shows them when they arrive. */
    void reload() {
        HallCalls.start(() -> services.executors().work(() -> services.votes().votesOfRunningMeeting()))
                .whenComplete((found, failure) -> ui.execute(() -> show(found, failure)));
    }

    private void show(List<Vote> found, Throwable failure) {
        if (failure != null) {
            LOG.warn("Reading the meeting's votes failed", failure);
            errors.show(AgendaViewModel.busy(failure) ? "error.busy" : "error.vote.load");
            return;
        }
        // newest first: the vote the operator works on is at the top
        FreshRows.show(votes, found.stream().sorted(Comparator.comparingLong(Vote::id).reversed()).toList());
        loaded.accept(readOnlyVotes);
    }

    /** The meeting's votes, newest first. */
    ObservableList<Vote> votes() {
        return readOnlyVotes;
    }

    /** True while some vote of the meeting is open, so the tab can say so. */
    BooleanBinding anyOpen() {
        return anyOpen;
    }
}
