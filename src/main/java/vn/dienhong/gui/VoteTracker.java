package vn.dienhong.gui;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteResult;

/**
 * Follows one vote of the running meeting: it re-reads the vote, its live count or its result on a
 * hall worker whenever the hall announces a change, so every screen shows the numbers the logic
 * counted, and bursts of ballots cost one read at a time, never a queue of them.
 */
final class VoteTracker {
    private static final Logger LOG = LoggerFactory.getLogger(VoteTracker.class);

    private final HallServices services;
    private final Executor ui;
    private final boolean withBallots;
    private final Runnable onReadFailure;
    private final ReadOnlyObjectWrapper<Vote> vote = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VoteProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VoteResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DelegateChoice> ballots = FXCollections.observableArrayList();
    private final ObservableList<DelegateChoice> readOnlyBallots = FXCollections.unmodifiableObservableList(ballots);
    private final ReadOnlyStringWrapper auditHead = new ReadOnlyStringWrapper("");
    private Long followed;
    private boolean reading;
    private boolean stale;
    /** Counts the command answers shown; a read started before the latest one is out of date. */
    private long answers;

    /** {@code withBallots}: also read each delegate's choice of a closed open vote (the chair display's grid). */
    VoteTracker(HallServices services, Executor ui, boolean withBallots, Runnable onReadFailure) {
        this.services = services;
        this.ui = ui;
        this.withBallots = withBallots;
        this.onReadFailure = onReadFailure;
    }

    /** Shows this vote at once (null: none) and reads its latest state; call on the UI thread. */
    void follow(Vote shown) {
        switchTo(shown == null ? null : shown.id(), shown);
    }

    private void switchTo(Long id, Vote shown) {
        if (!Objects.equals(id, followed)) {
            followed = id;
            show(VoteSnapshot.of(shown));
        } else if (shown != null) {
            vote.set(shown); // a command's answer: its new state shows at once, the counts follow the read
            answers++;
        }
        refresh();
    }

    /**
     * Takes note of a hall event: a newly opened vote is followed at once, wherever it was opened
     * from, and any change to the followed vote is read again.
     */
    void apply(HallEvent event) {
        Long id = event.data().get("voteId") instanceof Number n ? n.longValue() : null;
        if (id == null || !event.type().startsWith("vote.")) {
            return;
        }
        if ("vote.opened".equals(event.type())) {
            switchTo(id, null);
        } else if (id.equals(followed)) {
            refresh();
        }
    }

    /** Re-reads the followed vote; while a read is under way, asks for exactly one more after it. */
    void refresh() {
        if (followed == null) {
            return;
        }
        if (reading) {
            stale = true;
            return;
        }
        reading = true;
        long id = followed;
        long asked = answers;
        HallCalls.start(() -> services.executors().work(() -> VoteSnapshot.read(services.votes(), id, withBallots)))
                .whenComplete((state, failure) -> ui.execute(() -> read(id, asked, state, failure)));
    }

    private void read(long id, long asked, VoteSnapshot state, Throwable failure) {
        reading = false;
        if (failure != null) {
            LOG.warn("Reading vote {} failed", id, failure);
            onReadFailure.run();
        } else if (asked != answers) {
            stale = true; // read before a command's answer (e.g. still OPEN after the close): read again
        } else if (Objects.equals(id, followed)) {
            show(state);
        }
        if (stale) {
            stale = false;
            refresh();
        }
    }

    private void show(VoteSnapshot state) {
        // details first: the result's arrival is what makes the result panes appear
        auditHead.set(state.auditHead());
        FreshRows.show(ballots, state.ballots());
        vote.set(state.vote());
        progress.set(state.progress());
        result.set(state.result());
    }

    /** The followed vote as last read (null: none, or not read yet). */
    ReadOnlyObjectProperty<Vote> voteProperty() {
        return vote.getReadOnlyProperty();
    }

    /** Voted / present / total and who has not voted, while the vote is open; null otherwise. */
    ReadOnlyObjectProperty<VoteProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The counted result once the vote is closed; null before. */
    ReadOnlyObjectProperty<VoteResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Each delegate's choice of a closed open vote, in seat order; empty for secret ballots. */
    ObservableList<DelegateChoice> ballots() {
        return readOnlyBallots;
    }

    /** The audit chain's hash written at the vote's close ("mã kiểm chứng"); empty before it closes. */
    ReadOnlyStringProperty auditHeadProperty() {
        return auditHead.getReadOnlyProperty();
    }
}
