package vn.dienhong.gui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallExecutors;
import vn.dienhong.logic.RequestRefused;

/**
 * Reads one piece of the floor (attendance, queue, inbox, notices) on a hall worker and hands it to
 * the UI thread; a burst of events while a read runs costs exactly one more read, so fifty tablets
 * checking in at once never queue fifty reads.
 */
final class CoalescedRead<T> {
    private static final Logger LOG = LoggerFactory.getLogger(CoalescedRead.class);

    private final HallExecutors executors;
    private final Executor ui;
    private final Supplier<T> read;
    private final Consumer<T> show;
    private final Consumer<Throwable> failed;
    private boolean reading;
    private boolean stale;

    /**
     * {@code read} runs on a worker (it may block on the database); {@code show} and {@code failed}
     * run on the UI thread.
     */
    CoalescedRead(HallExecutors executors, Executor ui, Supplier<T> read, Consumer<T> show,
                  Consumer<Throwable> failed) {
        this.executors = executors;
        this.ui = ui;
        this.read = read;
        this.show = show;
        this.failed = failed;
    }

    /**
     * The usual answer to a failed read: nothing when the hall refused because it runs no meeting (the
     * console's meeting loader already says so), "busy" or "could not read" in the banner otherwise.
     */
    static Consumer<Throwable> reportTo(OperatorErrors errors) {
        return reportTo(errors, "error.floor.load");
    }

    /** The same, saying {@code failedKey} ("could not read …") when the read failed for another reason. */
    static Consumer<Throwable> reportTo(OperatorErrors errors, String failedKey) {
        return failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (!(cause instanceof RequestRefused)) {
                errors.show(AgendaViewModel.busy(cause) ? "error.busy" : failedKey);
            }
        };
    }

    /** Reads again; while a read is under way, asks for one more after it. Call on the UI thread. */
    void refresh() {
        if (reading) {
            stale = true;
            return;
        }
        reading = true;
        HallCalls.start(() -> executors.work(read)).whenComplete((value, failure) -> ui.execute(() -> {
            reading = false;
            if (failure != null) {
                LOG.warn("Reading the floor failed", failure);
                failed.accept(failure);
            } else {
                show.accept(value);
            }
            if (stale) {
                stale = false;
                refresh();
            }
        }));
    }
}
