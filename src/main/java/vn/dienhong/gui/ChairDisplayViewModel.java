package vn.dienhong.gui;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;

/**
 * What the hall's big screen shows: the meeting and the item under discussion, attendance against the
 * quorum and the floor, the vote in progress with its countdown and count, then its result against the
 * total number of delegates; always in the council's language, whatever language the operator reads.
 */
final class ChairDisplayViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChairDisplayViewModel.class);

    /** What the screen is about: the agenda, a vote running, or a vote's result. */
    enum Phase { IDLE, VOTING, RESULT }

    /** One delegate in the grid of a closed open vote; {@code choice} is null when they cast no ballot. */
    record Seat(String seat, String name, String choice, String choiceLabel) {
    }

    private final HallServices services;
    private final Executor ui;
    private final LanguageModel language;
    private final Clock clock;
    private final ReadOnlyStringProperty meetingTitle;
    private final StringBinding agendaLine;
    private final VoteTracker tracker;
    private final VoteLiveText live;
    private final VoteResultText result;
    private final ObjectBinding<Phase> phase;
    private final ObjectBinding<List<Seat>> seats;
    private final ChairFloorViewModel floor;
    private Runnable unsubscribe;

    /** {@code clock} runs the vote's and the speaker's countdowns (a clock the test moves, in tests). */
    ChairDisplayViewModel(HallServices services, Executor ui, Clock clock, ReadOnlyStringProperty meetingTitle,
                          ReadOnlyObjectProperty<AgendaItem> currentItem) {
        this.services = services;
        this.ui = UiThread.forgiving(ui);
        this.language = new LanguageModel(services.settings().language());
        this.clock = clock;
        this.floor = new ChairFloorViewModel(services, this.ui, language, clock);
        this.meetingTitle = meetingTitle;
        this.tracker = new VoteTracker(services, this.ui, true, () -> { });
        this.live = new VoteLiveText(tracker, language);
        this.result = new VoteResultText(tracker, language);
        agendaLine = language.bind(m -> currentItem.get() == null ? m.get("agenda.current.none")
                : m.format("agenda.item", currentItem.get().ordinal(), currentItem.get().title()), currentItem);
        phase = Bindings.createObjectBinding(() -> {
            Vote vote = tracker.voteProperty().get();
            VoteStatus status = vote == null ? null : vote.status();
            return status == VoteStatus.OPEN ? Phase.VOTING
                    : status == VoteStatus.CLOSED && tracker.resultProperty().get() != null ? Phase.RESULT : Phase.IDLE;
        }, tracker.voteProperty(), tracker.resultProperty());
        seats = Bindings.createObjectBinding(() -> tracker.ballots().stream().map(b -> new Seat(b.seat(), b.name(),
                b.choice(), language.messages().get(b.choice() == null ? "chair.choice.none"
                        : "vote.choice." + b.choice()))).toList(), tracker.ballots());
        // the chair moving on, to the next item or by giving someone the floor, ends the showing of the last result
        currentItem.addListener((o, old, now) -> endResult(true));
        floor.speakingProperty().map(SpeakerRequest::id).addListener((o, old, now) -> endResult(now != null));
    }

    private void endResult(boolean movedOn) {
        if (movedOn && phase.get() == Phase.RESULT) {
            tracker.follow((Vote) null);
        }
    }

    /** Starts following the hall, showing a vote that is open right now; call on the UI thread. */
    void start() {
        if (unsubscribe != null) {
            return;
        }
        unsubscribe = services.events().subscribe(event -> ui.execute(() -> {
            tracker.apply(event);
            floor.status().apply(event);
        }));
        floor.status().refresh();
        HallCalls.start(() -> services.executors().work(() -> services.votes().current()))
                .whenComplete((found, failure) -> ui.execute(() -> {
                    if (failure != null) {
                        LOG.warn("The chair display could not read the open vote", failure);
                    } else if (found.isPresent() && tracker.voteProperty().get() == null) {
                        tracker.follow(found.get());
                    }
                }));
    }

    /** Stops following the hall, when the window closes. */
    void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** Moves the countdowns on; the view calls it several times a second. */
    void tick() {
        live.tick(clock.instant());
        floor.status().tick();
    }

    LanguageModel language() {
        return language;
    }

    ReadOnlyStringProperty meetingTitleProperty() {
        return meetingTitle;
    }

    /** "8. Biểu quyết thông qua các nghị quyết". */
    StringBinding agendaLine() {
        return agendaLine;
    }

    ObjectBinding<Phase> phase() {
        return phase;
    }

    ChairFloorViewModel floor() {
        return floor;
    }

    VoteLiveText live() {
        return live;
    }

    VoteResultText result() {
        return result;
    }

    /** Each delegate's seat, name and choice in a closed open vote, in seat order; empty otherwise. */
    ObjectBinding<List<Seat>> seats() {
        return seats;
    }
}
