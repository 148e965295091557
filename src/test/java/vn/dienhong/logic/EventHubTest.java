package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.HallEvent;

/** Every change is numbered and delivered in order; a tablet that missed some catches up or is told to resync. */
class EventHubTest {
    private static final Instant NOW = Instant.parse("2026-12-09T01:00:00Z");
    private final EventHub hub = new EventHub(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eachPublishTakesTheNextSequenceNumber() {
        assertThat(hub.lastSeq()).isZero();
        HallEvent first = hub.publish("agenda.changed", Map.of("currentItemId", 11L));
        HallEvent second = hub.publish("notice.posted", Map.of());
        HallEvent third = hub.publish("agenda.changed", Map.of("currentItemId", 12L));
        assertThat(List.of(first.seq(), second.seq(), third.seq())).containsExactly(1L, 2L, 3L);
        assertThat(hub.lastSeq()).isEqualTo(3);
        assertThat(third.type()).isEqualTo("agenda.changed");
        assertThat(third.data()).containsEntry("currentItemId", 12L);
        assertThat(third.at()).isEqualTo(NOW);
    }

    @Test
    void listenersReceiveEveryEventInOrder() {
        List<HallEvent> console = new ArrayList<>();
        List<HallEvent> sockets = new ArrayList<>();
        hub.subscribe(console::add);
        hub.subscribe(sockets::add);
        for (int i = 1; i <= 5; i++) {
            hub.publish("agenda.changed", Map.of("currentItemId", (long) i));
        }
        assertThat(console).extracting(HallEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(console).extracting(e -> e.data().get("currentItemId")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(sockets).isEqualTo(console);
    }

    @Test
    void sinceReturnsExactlyTheMissedEvents() {
        for (int i = 0; i < 5; i++) {
            hub.publish("agenda.changed", Map.of());
        }
        assertThat(hub.since(0)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(HallEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L));
        assertThat(hub.since(3)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(HallEvent::seq).containsExactly(4L, 5L));
        assertThat(hub.since(5)).as("up to date").hasValueSatisfying(missed -> assertThat(missed).isEmpty());
    }

    @Test
    void aFreshHubHasNothingToCatchUp() {
        assertThat(hub.since(0)).hasValueSatisfying(missed -> assertThat(missed).isEmpty());
    }

    @Test
    void aSequenceFromTheFutureMeansResync() {
        hub.publish("agenda.changed", Map.of());
        // e.g. a tablet that remembers seq 40 from before the server restarted
        assertThat(hub.since(2)).isEmpty();
        assertThat(hub.since(40)).isEmpty();
    }

    @Test
    void eventsOlderThanTheLastTwoThousandMeanResync() {
        for (int i = 0; i < 2_005; i++) {
            hub.publish("attendance.changed", Map.of());
        }
        // events 6..2005 are kept
        assertThat(hub.since(5)).hasValueSatisfying(missed -> {
            assertThat(missed).hasSize(2_000);
            assertThat(missed.get(0).seq()).isEqualTo(6);
            assertThat(missed.get(missed.size() - 1).seq()).isEqualTo(2_005);
        });
        assertThat(hub.since(4)).as("event 5 is gone").isEmpty();
        assertThat(hub.since(0)).isEmpty();
        assertThat(hub.since(2_004)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(HallEvent::seq).containsExactly(2_005L));
    }

    @Test
    void theEpochIsStablePerHubAndDiffersBetweenHubs() {
        String epoch = hub.epoch();
        hub.publish("agenda.changed", Map.of());
        assertThat(hub.epoch()).isEqualTo(epoch).isNotBlank();
        assertThat(new EventHub(Clock.systemUTC()).epoch()).isNotEqualTo(epoch);
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        List<HallEvent> heard = new ArrayList<>();
        List<HallEvent> stays = new ArrayList<>();
        Runnable unsubscribe = hub.subscribe(heard::add);
        hub.subscribe(stays::add);
        hub.publish("agenda.changed", Map.of());
        unsubscribe.run();
        hub.publish("agenda.changed", Map.of());
        assertThat(heard).extracting(HallEvent::seq).containsExactly(1L);
        assertThat(stays).extracting(HallEvent::seq).containsExactly(1L, 2L);
    }
}
