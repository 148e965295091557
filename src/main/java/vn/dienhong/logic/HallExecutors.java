package vn.dienhong.logic;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that may touch the database: one serial writer for state changes (so ordering rules
 * such as "one ballot per delegate" are easy to reason about) and a bounded pool for reads and
 * slow checks. The JavaFX thread and the Netty event loops hand work here and never block.
 */
public final class HallExecutors implements AutoCloseable {
    private final ExecutorService engine;
    private final ExecutorService workers;

    private HallExecutors(ExecutorService engine, ExecutorService workers) {
        this.engine = engine;
        this.workers = workers;
    }

    public static HallExecutors standard() {
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        return new HallExecutors(Executors.newSingleThreadExecutor(named("session-engine")),
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2_000),
                        named("hall-worker"), new ThreadPoolExecutor.AbortPolicy()));
    }

    /** Runs every task on the caller's thread: for handler tests on an EmbeddedChannel. */
    public static HallExecutors sameThread() {
        return new HallExecutors(new SameThreadExecutor(), new SameThreadExecutor());
    }

    /** Runs a state change on the serial session engine. */
    public <T> CompletableFuture<T> change(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, engine);
    }

    /**
     * Runs a read or a slow check on the worker pool; fails with RejectedExecutionException at once
     * when the pool's queue is full, so an overload answers "busy" instead of queueing without bound.
     */
    public <T> CompletableFuture<T> work(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, workers);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** An executor service that runs each task at once, on the thread that submits it. */
    private static final class SameThreadExecutor extends java.util.concurrent.AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            shutdown = true;
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    @Override
    public void close() {
        engine.shutdown();
        workers.shutdown();
        try {
            engine.awaitTermination(5, TimeUnit.SECONDS);
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
