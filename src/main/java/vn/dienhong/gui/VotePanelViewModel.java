package vn.dienhong.gui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteStatus;

/**
 * The console's Biểu quyết tab: the draft of the next vote, the meeting's votes, the one the operator
 * is looking at with its live count or result, and what may be done with it now.
 */
final class VotePanelViewModel {
    private final OperatorErrors errors;
    private final VoteFormViewModel form;
    private final VoteTracker tracker;
    private final VoteLiveText live;
    private final VoteResultText result;
    private final VoteListViewModel list;
    private final VoteCommands commands;

    VotePanelViewModel(HallServices services, Executor ui, LanguageModel language, AgendaViewModel agenda,
                       OperatorErrors errors) {
        this.errors = errors;
        this.form = new VoteFormViewModel(services.settings(), agenda.currentItemProperty());
        this.tracker = new VoteTracker(services, ui, false, () -> errors.show("error.vote.load"));
        this.live = new VoteLiveText(tracker, language);
        this.result = new VoteResultText(tracker, language);
        this.list = new VoteListViewModel(services, ui, errors, this::listed);
        this.commands = new VoteCommands(services, ui, errors, this::shown);
    }

    /** Reads the meeting's votes and the shown vote again ("Tải lại"). */
    void reload() {
        list.reload();
        tracker.refresh();
    }

    /** On the first list, shows the open vote, or else the newest. */
    private void listed(List<Vote> votes) {
        if (selected() == null && !votes.isEmpty()) {
            select(votes.stream().filter(v -> v.status() == VoteStatus.OPEN).findFirst().orElse(votes.get(0)));
        }
    }

    /** Follows a hall event: the shown vote's changes, and the list whenever a vote changes state. */
    void apply(HallEvent event) {
        tracker.apply(event);
        if (event.type().startsWith("vote.") && !"vote.progress".equals(event.type())) {
            list.reload();
        }
    }

    /** Shows a vote of the list. */
    void select(Vote vote) {
        tracker.follow(vote);
    }

    /** Asks the hall to prepare the drafted vote, and shows it. */
    void create() {
        Optional<NewVote> spec = form.toNewVote();
        if (spec.isEmpty()) {
            errors.show("error.vote.countdown");
        } else {
            commands.create(spec.get());
        }
    }

    /** Prepares the selected cancelled or closed vote again, as its re-run. */
    void rerun() {
        withSelected(commands::rerun);
    }

    void open() {
        withSelected(commands::open);
    }

    /** Closes the selected vote; the operator has confirmed it. */
    void close() {
        withSelected(vote -> commands.close(vote, tracker::refresh));
    }

    /** Cancels the selected vote; the operator has confirmed it. */
    void cancel() {
        withSelected(commands::cancel);
    }

    private void withSelected(Consumer<Vote> command) {
        if (selected() != null) {
            command.accept(selected());
        }
    }

    private void shown(Vote vote) {
        select(vote);
        list.reload();
    }

    private Vote selected() {
        return tracker.voteProperty().get();
    }

    /** Whether the shown vote is in one of these states: what decides which buttons the operator gets. */
    BooleanBinding selectedIs(VoteStatus... statuses) {
        return Bindings.createBooleanBinding(() -> selected() != null
                && List.of(statuses).contains(selected().status()), tracker.voteProperty());
    }

    VoteListViewModel list() {
        return list;
    }

    VoteFormViewModel form() {
        return form;
    }

    /** The vote the panel shows and acts on. */
    VoteTracker tracker() {
        return tracker;
    }

    VoteLiveText live() {
        return live;
    }

    VoteResultText result() {
        return result;
    }

    /** True while the hall has not answered the last command. */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
