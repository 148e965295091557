package vn.dienhong.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Vote;

/**
 * The operator's commands on votes, handed to the hall's session engine one at a time; a refusal
 * reaches the red banner in the hall's own Vietnamese words, with what to do next.
 */
final class VoteCommands {
    private final HallServices services;
    private final OperatorCommands commands;
    private final Consumer<Vote> shown;

    /** {@code shown} receives, on the UI thread, each vote a command created or changed. */
    VoteCommands(HallServices services, Executor ui, OperatorErrors errors, Consumer<Vote> shown) {
        this.services = services;
        this.commands = new OperatorCommands(ui, errors, "error.vote.failed");
        this.shown = shown;
    }

    void create(NewVote spec) {
        run(() -> services.votes().create(spec), "error.vote.create", shown);
    }

    /**
     * Prepares a cancelled or closed vote again: same title and settings (and the same officials or
     * candidates), recorded as its re-run.
     */
    void rerun(Vote old) {
        run(() -> services.votes().create(new NewVote(old.title(), old.kind(), old.form(), old.threshold(),
                old.agendaItemId(), old.countdownSeconds(), old.allowChange(), old.id(), old.subjects(),
                old.maxChoices())), "error.vote.create", shown);
    }

    void open(Vote vote) {
        run(() -> services.votes().open(vote.id()), "error.vote.open", shown);
    }

    /** Closes a vote; {@code counted} runs once the hall has counted it. */
    void close(Vote vote, Runnable counted) {
        run(() -> services.votes().close(vote.id()), "error.vote.close", result -> counted.run());
    }

    void cancel(Vote vote) {
        run(() -> services.votes().cancel(vote.id()), "error.vote.cancel", shown);
    }

    /** True while the hall has not answered the last command; the buttons wait for it. */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }

    private <T> void run(Supplier<CompletableFuture<T>> command, String errorKey, Consumer<T> done) {
        commands.run(command, errorKey, done);
    }
}
