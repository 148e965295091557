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
import vn.dienhong.logic.RequestRefused;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;

/**
 * Hands the operator's commands (votes, marks, turns, notices, a new meeting) to the hall one at a
 * time; a refusal reaches the operator in the hall's own Vietnamese words with what to do next, and
 * anything else as the plain "system error" message named by {@code failedKey}.
 */
final class OperatorCommands {
    /**
     * The console itself, acting for the operator where the hall asks who acts (removing a delegate's
     * request, listing the documents as staff see them): the console has no login of its own, it runs
     * on the control-room PC.
     */
    static final Account CONSOLE = new Account(0, "console", Role.OPERATOR, null, "Bàn điều khiển", null, true);
    private static final Logger LOG = LoggerFactory.getLogger(OperatorCommands.class);

    private final Executor ui;
    private final OperatorErrors errors;
    private final String failedKey;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    OperatorCommands(Executor ui, OperatorErrors errors, String failedKey) {
        this.ui = ui;
        this.errors = errors;
        this.failedKey = failedKey;
    }

    /** The commands of the floor tab and the new-meeting dialog. */
    static OperatorCommands floor(Executor ui, OperatorErrors errors) {
        return new OperatorCommands(ui, errors, "error.floor.failed");
    }

    /**
     * Runs {@code command} unless another is still under way; {@code errorKey}'s text gets the hall's
     * reason as {0} and {@code details} (e.g. which file) as {1}…; {@code done} receives the answer on the UI thread.
     */
    <T> void run(Supplier<CompletableFuture<T>> command, String errorKey, Consumer<T> done, Object... details) {
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
                Object[] words = new Object[details.length + 1];
                words[0] = refused.getMessage();
                System.arraycopy(details, 0, words, 1, details.length);
                errors.show(errorKey, words);
            } else {
                LOG.warn("An operator command failed", cause);
                errors.show(AgendaViewModel.busy(cause) ? "error.busy" : failedKey);
            }
        }));
    }

    /** True while the hall has not answered the last command; the buttons wait for it. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
