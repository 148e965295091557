package vn.dienhong.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.NewVote;
import vn.dienhong.logic.RequestRefused;
import vn.dienhong.model.Vote;

/**
 * The operator's commands on votes, handed to the hall's session engine one at a time; a refusal
 * reaches the red banner in the hall's own Vietnamese words, with what to do next.
 */
final class VoteCommands {
    private static final Logger LOG = LoggerFactory.getLogger(VoteCommands.class);

    private final HallServices services;
    private final Executor ui;
    private final OperatorErrors errors;
    private final Consumer<Vote> shown;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** {@code shown} receives, on the UI thread, each vote a command created or changed. */
    VoteCommands(HallServices services, Executor ui, OperatorErrors errors, Consumer<Vote> shown) {
        this.services = services;
        this.ui = ui;
        this.errors = errors;
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
        return busy.getReadOnlyProperty();
    }

    private <T> void run(Supplier<CompletableFuture<T>> command, String errorKey, Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        HallCalls.start(command).whenComplete((value, failure) -> ui.execute(() -> {
            busy.set(false);
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause == null) {
                errors.clear();
                done.accept(value);
            } else if (cause instanceof RequestRefused refused) {
                errors.show(errorKey, refused.getMessage());
            } else {
                LOG.warn("A vote command failed", cause);
                errors.show(AgendaViewModel.busy(cause) ? "error.busy" : "error.vote.failed");
            }
        }));
    }
}
