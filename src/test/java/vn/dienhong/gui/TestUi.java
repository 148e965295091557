package vn.dienhong.gui;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import vn.dienhong.logic.CastResult;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.model.Account;

/**
 * A single thread that plays the JavaFX thread for view-model tests, plus a delegate's ballot cast
 * the way a tablet casts it, so vote tests read like the session they imitate.
 */
final class TestUi implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));

    /** The executor to hand to view models as their UI thread. */
    ExecutorService executor() {
        return thread;
    }

    /** Runs a task on the UI thread and returns its answer. */
    <T> T on(Callable<T> task) throws Exception {
        return thread.submit(task).get(5, TimeUnit.SECONDS);
    }

    /** Runs a command on the UI thread and waits for it. */
    void run(Runnable task) throws Exception {
        on(() -> {
            task.run();
            return null;
        });
    }

    /** Waits up to 10 s until a condition, checked on the UI thread, holds. */
    void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!on(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    /** Logs demo delegate number {@code n} (1-based) in and casts their ballot; blocking, from the test thread. */
    static CastResult cast(HallServices services, long voteId, int n, String choice) throws Exception {
        return cast(services, voteId, n, List.of(choice));
    }

    /** The same with one mark per official or candidate, in the order of the vote's subjects. */
    static CastResult cast(HallServices services, long voteId, int n, List<String> marks) throws Exception {
        LoginResult login = services.auth().login(String.format("db%03d", n), "246810", "127.0.0.1");
        Account account = ((LoginResult.Success) login).account();
        return services.votes().cast(voteId, account, UUID.randomUUID().toString(), marks).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
