package vn.dienhong.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Hands a call to the hall's executors so that every answer, even "too busy to take it", arrives
 * the same way: as a future the console completes on its UI thread, never as an exception thrown here.
 */
final class HallCalls {
    private HallCalls() {
    }

    /**
     * Starts {@code call} (e.g. {@code () -> executors.work(...)}); a refusal to queue it, which the hall's
     * executors signal by throwing at once, becomes a failed future like any other failure.
     */
    static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
