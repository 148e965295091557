package vn.dienhong.logic;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Counts the tablets holding a live connection, for the console's "tablets connected" figure. */
public final class TabletPresence {
    private final AtomicInteger connected = new AtomicInteger();
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();

    public void connected() {
        notifyAll(connected.incrementAndGet());
    }

    public void disconnected() {
        notifyAll(connected.decrementAndGet());
    }

    public int count() {
        return connected.get();
    }

    /** Registers a listener for the new count; the returned handle removes it. */
    public Runnable subscribe(IntConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notifyAll(int count) {
        listeners.forEach(l -> l.accept(count));
    }
}
