package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.TestHall;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.MeetingSnapshot;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;

/** What the hall is running and where in the agenda it is; moving on is announced to every screen once. */
class MeetingServiceTest {
    private static final int DELEGATES = 7;
    @TempDir
    static Path files;
    private static Database db;
    private static EventHub events;
    private static MeetingService meetings;

    @BeforeAll
    static void seed() {
        db = Database.openInMemory();
        new DemoSeeder(db, new FileStore(files), new PinHasher(TestHall.TEST_ITERATIONS))
                .seedIfEmpty(DELEGATES, LocalDate.of(2026, 12, 9));
        events = new EventHub(Clock.systemUTC());
        meetings = new MeetingService(db, HallExecutors.sameThread(), events, new AuditLog(java.time.Clock.systemUTC()),
                java.time.Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theSnapshotShowsTheSeededDemoSession() {
        MeetingSnapshot s = meetings.current().orElseThrow();
        assertThat(s.council().name()).isEqualTo("Hội đồng nhân dân tỉnh Lạc Hồng");
        assertThat(s.meeting().title()).contains("Kỳ họp thứ Sáu");
        assertThat(s.meeting().demo()).isTrue();
        assertThat(s.totalDelegates()).isEqualTo(DELEGATES);
        assertThat(s.sittings()).hasSize(3);
        assertThat(s.sittings()).extracting(t -> t.ordinal()).containsExactly(1, 2, 3);
        assertThat(s.agenda()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(s.agenda()).extracting(AgendaItem::ordinal).isSorted().doesNotHaveDuplicates();
        assertThat(s.agenda()).allSatisfy(i -> assertThat(i.meetingId()).isEqualTo(s.meeting().id()));
        assertThat(s.currentItem()).isNotNull();
        assertThat(s.currentSitting()).isNotNull();
    }

    @Test
    void movingToAnItemChangesTheSnapshotAndAnnouncesItOnce() {
        MeetingSnapshot before = meetings.current().orElseThrow();
        AgendaItem target = before.agenda().stream().filter(i -> !i.equals(before.currentItem()))
                .filter(i -> i.sittingId() != null && !i.sittingId().equals(before.currentSitting().id()))
                .findFirst().orElseThrow();
        List<HallEvent> heard = listen();
        long seqBefore = events.lastSeq();

        assertThat(meetings.moveTo(target.id()).join()).isTrue();

        assertThat(heard).hasSize(1);
        HallEvent event = heard.get(0);
        assertThat(event.type()).isEqualTo("agenda.changed");
        assertThat(event.seq()).isEqualTo(seqBefore + 1);
        assertThat(event.data()).containsEntry("currentItemId", target.id())
                .containsEntry("meetingId", before.meeting().id())
                .containsEntry("title", target.title())
                .containsEntry("ordinal", target.ordinal());
        MeetingSnapshot after = meetings.current().orElseThrow();
        assertThat(after.currentItem()).isEqualTo(target);
        assertThat(after.currentSitting().id()).as("the sitting follows the item").isEqualTo(target.sittingId());
        assertThat(new vn.dienhong.persistence.AuditDao(db.dsl()).last().orElseThrow().type())
                .as("the move is on the audit chain").isEqualTo("agenda.changed");
    }

    @Test
    void movingIntoASittingOpensItAndMovingOnClosesItForTheMinutes() {
        MeetingSnapshot before = meetings.current().orElseThrow();
        long first = before.currentSitting().id();
        AgendaItem firstItem = before.agenda().stream().filter(i -> Long.valueOf(first).equals(i.sittingId()))
                .findFirst().orElseThrow();
        AgendaItem later = before.agenda().stream().filter(i -> i.sittingId() != null && i.sittingId() != first)
                .findFirst().orElseThrow();
        var times = new vn.dienhong.persistence.RecordDao(db.dsl());
        assertThat(times.sittingTimes(before.meeting().id()).get(first).openedAt()).as("not opened yet").isNull();

        meetings.moveTo(firstItem.id()).join();
        assertThat(times.sittingTimes(before.meeting().id()).get(first).openedAt()).isNotNull();
        meetings.moveTo(later.id()).join();
        var after = times.sittingTimes(before.meeting().id());
        assertThat(after.get(first).closedAt()).isAfterOrEqualTo(after.get(first).openedAt());
        assertThat(after.get(later.sittingId()).openedAt()).isAfterOrEqualTo(after.get(first).closedAt());
        assertThat(after.get(later.sittingId()).closedAt()).as("still running").isNull();

        meetings.moveTo(firstItem.id()).join();
        assertThat(times.sittingTimes(before.meeting().id()).get(first).openedAt())
                .as("a sitting opens once").isEqualTo(after.get(first).openedAt());
    }

    @Test
    void movingToSomethingThatIsNotOnTheAgendaChangesNothing() {
        MeetingSnapshot before = meetings.current().orElseThrow();
        List<HallEvent> heard = listen();
        long seqBefore = events.lastSeq();

        assertThat(meetings.moveTo(999_999L).join()).isFalse();
        assertThat(meetings.moveTo(-1L).join()).isFalse();

        assertThat(heard).isEmpty();
        assertThat(events.lastSeq()).isEqualTo(seqBefore);
        assertThat(meetings.current().orElseThrow()).isEqualTo(before);
        assertThat(new vn.dienhong.persistence.AuditDao(db.dsl()).all())
                .noneMatch(e -> e.payload().contains("currentItemId=999999") || e.payload().contains("currentItemId=-1"));
    }

    @Test
    void theAsyncSnapshotIsTheSameAsTheBlockingOne() {
        assertThat(meetings.currentAsync().join()).isEqualTo(meetings.current());
    }

    private static List<HallEvent> listen() {
        List<HallEvent> heard = new ArrayList<>();
        events.subscribe(heard::add);
        return heard;
    }
}
