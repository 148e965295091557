package vn.dienhong.logic;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.dienhong.model.HallEvent;

/**
 * Numbers every change and hands it, in order, to the console and the tablet sockets; keeps the
 * recent ones so a tablet that lost Wi-Fi can catch up instead of reloading everything.
 */
public final class EventHub {
    private static final int KEPT = 2_000;
    private final Clock clock;
    private final String epoch = UUID.randomUUID().toString();
    private final Deque<HallEvent> recent = new ArrayDeque<>();
    private final List<Consumer<HallEvent>> listeners = new CopyOnWriteArrayList<>();
    private long seq;

    public EventHub(Clock clock) {
        this.clock = clock;
    }

    /** Numbers and delivers an event; listeners run on the caller's thread and must not block. */
    public synchronized HallEvent publish(String type, Map<String, Object> data) {
        HallEvent event = new HallEvent(++seq, type, clock.instant(), data);
        recent.addLast(event);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
        for (Consumer<HallEvent> listener : listeners) {
            listener.accept(event);
        }
        return event;
    }

    /** The events after {@code lastSeen}, or empty when they are no longer kept (the tablet must resync). */
    public synchronized Optional<List<HallEvent>> since(long lastSeen) {
        if (lastSeen > seq) {
            return Optional.empty();
        }
        if (lastSeen < seq && (recent.isEmpty() || recent.peekFirst().seq() > lastSeen + 1)) {
            return Optional.empty();
        }
        List<HallEvent> missed = new ArrayList<>();
        for (HallEvent event : recent) {
            if (event.seq() > lastSeen) {
                missed.add(event);
            }
        }
        return Optional.of(missed);
    }

    /** The sequence number of the newest event (0 before the first). */
    public synchronized long lastSeq() {
        return seq;
    }

    /** Identifies this run of the server; a tablet that sees a new epoch knows its sequence numbers are stale. */
    public String epoch() {
        return epoch;
    }

    /** Registers a listener; the returned handle removes it. */
    public Runnable subscribe(Consumer<HallEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
