package vn.dienhong.gui;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.Observable;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteStatus;

/**
 * The sentences about the followed vote while it runs (what it is, how many have voted, who is
 * missing, time left), live and in the screen's language; empty where they do not apply.
 */
final class VoteLiveText {
    private final VoteTracker tracker;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(-1);
    private final StringBinding title;
    private final StringBinding state;
    private final StringBinding kindLine;
    private final StringBinding progress;
    private final StringBinding progressOfPresent;
    private final StringBinding total;
    private final StringBinding notVoted;
    private final StringBinding clock;
    private final StringBinding countdown;

    VoteLiveText(VoteTracker tracker, LanguageModel language) {
        this.tracker = tracker;
        Observable vote = tracker.voteProperty();
        Observable live = tracker.progressProperty();
        title = language.bind(m -> vote() == null ? "" : vote().title(), vote);
        state = language.bind(m -> vote() == null ? ""
                : VoteTexts.status(m, vote().status()) + " · " + VoteTexts.details(m, vote()), vote);
        kindLine = language.bind(m -> vote() == null || !vote().kind().hasSubjects() ? ""
                : SubjectTexts.kindLine(m, vote()), vote);
        progress = language.bind(m -> live() == null ? ""
                : m.format("vote.progress", live().voted(), live().total(), live().present()), live);
        progressOfPresent = language.bind(m -> live() == null ? ""
                : m.format("vote.progress.present", live().voted(), live().present()), live);
        total = language.bind(m -> live() == null ? "" : m.format("vote.total", live().total()), live);
        notVoted = language.bind(this::notVoted, live, vote);
        clock = language.bind(m -> secondsLeft.get() < 0 ? "" : VoteTexts.clock(secondsLeft.get()), secondsLeft);
        countdown = language.bind(m -> clock.get().isEmpty() ? "" : m.format("vote.countdown", clock.get()), clock);
        tracker.voteProperty().addListener((o, old, now) -> tick(Instant.now()));
    }

    private String notVoted(Messages m) {
        VoteProgress live = live();
        if (live == null || vote() == null) {
            return "";
        }
        int missing = live.total() - live.voted();
        if (missing <= 0) {
            return m.get("vote.notVoted.none");
        }
        // a secret ballot shows counts only: the logic never tells who has not voted
        return vote().isSecret() ? m.format("vote.notVoted.count", missing)
                : m.format("vote.notVoted.names", live.notVoted().size(), String.join(", ", live.notVoted()));
    }

    /** Recomputes the seconds left of the countdown; the views call it several times a second. */
    void tick(Instant now) {
        Vote shown = vote();
        if (shown == null || shown.status() != VoteStatus.OPEN || shown.countdownSeconds() == null
                || shown.openedAt() == null) {
            secondsLeft.set(-1);
            return;
        }
        Instant closesAt = shown.openedAt().toInstant().plusSeconds(shown.countdownSeconds());
        long millis = Duration.between(now, closesAt).toMillis();
        secondsLeft.set((int) Math.max(0, (millis + 999) / 1000));
    }

    private Vote vote() {
        return tracker.voteProperty().get();
    }

    private VoteProgress live() {
        return tracker.progressProperty().get();
    }

    StringBinding title() {
        return title;
    }

    /** "Đang biểu quyết · Biểu quyết công khai · Quá nửa tổng số đại biểu". */
    StringBinding state() {
        return state;
    }

    /** "Lấy phiếu tín nhiệm đối với 3 người", "Bầu 2 trong số 3 người"; empty for a resolution. */
    StringBinding kindLine() {
        return kindLine;
    }

    /** "Đã biểu quyết: 31/50 (có mặt: 40)". */
    StringBinding progress() {
        return progress;
    }

    /** "Đã biểu quyết: 31/40 đại biểu có mặt", as the chair display says it. */
    StringBinding progressOfPresent() {
        return progressOfPresent;
    }

    /** "Tổng số đại biểu: 50". */
    StringBinding total() {
        return total;
    }

    /** The names still missing in an open vote; only their number in a secret ballot. */
    StringBinding notVoted() {
        return notVoted;
    }

    /** "01:25"; empty without a running countdown. */
    StringBinding clock() {
        return clock;
    }

    /** "Thời gian còn lại: 01:25"; empty without a running countdown. */
    StringBinding countdown() {
        return countdown;
    }

    /** Whole seconds until the countdown closes the vote; -1 when none runs. */
    ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }
}
