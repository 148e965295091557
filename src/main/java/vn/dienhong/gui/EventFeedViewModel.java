package vn.dienhong.gui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhong.model.HallEvent;

/**
 * Keeps the newest hall events for the operator's feed and says in words what each one means, so
 * the operator sees at a glance that tablets and screens received a change.
 */
final class EventFeedViewModel {
    /** How many events the feed keeps; older ones are in the hall's own record. */
    static final int KEPT = 50;
    private static final String EVENT_KEY = "event.";
    private static final String PROGRESS = ".progress";

    private final ObservableList<HallEvent> entries = FXCollections.observableArrayList();
    private final ObservableList<HallEvent> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final DateTimeFormatter time;

    EventFeedViewModel(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
    }

    /** The feed, newest first. */
    ObservableList<HallEvent> entries() {
        return readOnlyEntries;
    }

    /**
     * Puts an event at the top of the feed; call on the UI thread. A "….progress" event right after
     * one of its type replaces it, so a running count does not push the other events out.
     */
    void add(HallEvent event) {
        if (event.type().endsWith(PROGRESS) && !entries.isEmpty() && entries.get(0).type().equals(event.type())) {
            entries.set(0, event);
            return;
        }
        entries.add(0, event);
        if (entries.size() > KEPT) {
            entries.remove(KEPT, entries.size());
        }
    }

    /** The event's time of day in the hall, HH:mm:ss. */
    String time(HallEvent event) {
        return time.format(event.at());
    }

    /**
     * A sentence for the event in the console's language, from the key {@code event.<type>.<kind>}
     * (a vote's kind: a confidence rating has no "Tán thành" to report) or else {@code event.<type>},
     * whose {name} placeholders come from the event's data; the bare type when there is no such
     * sentence or the event lacks a value it names, so a new kind of event still shows up.
     */
    String describe(HallEvent event, Messages messages) {
        Object kind = event.data().get("kind");
        return Optional.ofNullable(kind).flatMap(k -> messages.find(EVENT_KEY + event.type() + "." + k))
                .or(() -> messages.find(EVENT_KEY + event.type()))
                .flatMap(pattern -> Messages.fill(pattern, event.data()))
                .orElse(event.type());
    }
}
