package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Sitting;

/** Meetings with their sittings and agenda, read back in the order the hall runs them. */
class MeetingDaoTest {
    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private Database db;
    private MeetingDao meetings;
    private long council;

    @BeforeEach
    void open() {
        db = Database.openInMemory();
        meetings = new MeetingDao(db.dsl());
        council = new CouncilDao(db.dsl()).insertCouncil("Hội đồng nhân dân xã Tân Lập", CouncilLevel.COMMUNE, "I");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMeetingReadsBackWithSittingsAndAgendaInOrder() {
        long meeting = meetings.insertMeeting(council, MeetingKind.SESSION, "Kỳ họp thứ Hai", 2,
                "Hội trường UBND xã", LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 15), false);
        OffsetDateTime afternoon = OffsetDateTime.of(2026, 7, 14, 14, 0, 0, 0, HANOI);
        OffsetDateTime morning = OffsetDateTime.of(2026, 7, 14, 8, 0, 0, 0, HANOI);
        long second = meetings.insertSitting(meeting, 2, "Phiên họp chiều 14/07/2026", afternoon);
        long first = meetings.insertSitting(meeting, 1, "Phiên họp sáng 14/07/2026", morning);
        long closing = meetings.insertAgendaItem(meeting, second, 3, "Bế mạc kỳ họp", "Chủ tịch HĐND xã", 15);
        long opening = meetings.insertAgendaItem(meeting, first, 1, "Khai mạc kỳ họp", "Chủ tịch HĐND xã", 20);
        long report = meetings.insertAgendaItem(meeting, null, 2, "Báo cáo kinh tế – xã hội", null, null);

        Meeting read = meetings.findMeeting(meeting).orElseThrow();
        assertThat(read.title()).isEqualTo("Kỳ họp thứ Hai");
        assertThat(read.kind()).isEqualTo(MeetingKind.SESSION);
        assertThat(read.sessionNumber()).isEqualTo(2);
        assertThat(read.place()).isEqualTo("Hội trường UBND xã");
        assertThat(read.startsOn()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(read.endsOn()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(read.demo()).isFalse();
        assertThat(read.currentAgendaItem()).isEmpty();

        assertThat(meetings.sittings(meeting)).extracting(Sitting::id).containsExactly(first, second);
        assertThat(meetings.sittings(meeting).get(0).title()).isEqualTo("Phiên họp sáng 14/07/2026");
        assertThat(meetings.sittings(meeting).get(0).startsAt()).isAtSameInstantAs(morning);
        assertThat(meetings.agenda(meeting)).extracting(AgendaItem::id).containsExactly(opening, report, closing);
        AgendaItem reportItem = meetings.agenda(meeting).get(1);
        assertThat(reportItem.sittingId()).isNull();
        assertThat(reportItem.presenter()).isNull();
        assertThat(reportItem.durationMinutes()).isNull();
        assertThat(meetings.agenda(meeting).get(0).durationMinutes()).isEqualTo(20);
    }

    @Test
    void theHallRunsTheMostRecentlyCreatedMeeting() {
        assertThat(meetings.anyMeeting()).isFalse();
        assertThat(meetings.latestMeeting()).isEmpty();
        long older = meeting("Kỳ họp thứ Nhất");
        long newer = meeting("Phiên họp Thường trực HĐND");
        assertThat(meetings.anyMeeting()).isTrue();
        assertThat(meetings.latestMeeting()).map(Meeting::id).contains(newer);
        assertThat(newer).isNotEqualTo(older);
    }

    @Test
    void theCurrentItemMustBelongToTheMeetingAndTakesItsSittingAlong() {
        long meeting = meeting("Kỳ họp thứ Hai");
        long morning = meetings.insertSitting(meeting, 1, "Sáng", OffsetDateTime.now(HANOI));
        long afternoon = meetings.insertSitting(meeting, 2, "Chiều", OffsetDateTime.now(HANOI));
        long opening = meetings.insertAgendaItem(meeting, morning, 1, "Khai mạc", null, null);
        long debate = meetings.insertAgendaItem(meeting, afternoon, 2, "Thảo luận", null, null);
        long unscheduled = meetings.insertAgendaItem(meeting, null, 3, "Nội dung phát sinh", null, null);
        long other = meeting("Cuộc họp Ban Kinh tế – Ngân sách");
        long othersItem = meetings.insertAgendaItem(other, null, 1, "Thẩm tra", null, null);
        meetings.setCurrentSitting(meeting, morning);
        assertThat(meetings.setCurrentAgendaItem(meeting, opening)).isTrue();

        assertThat(meetings.setCurrentAgendaItem(meeting, othersItem)).as("another meeting's item").isFalse();
        assertThat(meetings.setCurrentAgendaItem(meeting, 987_654L)).as("no such item").isFalse();
        assertThat(current(meeting)).containsExactly(opening, morning);

        assertThat(meetings.setCurrentAgendaItem(meeting, debate)).isTrue();
        assertThat(current(meeting)).as("moved to the afternoon sitting").containsExactly(debate, afternoon);

        assertThat(meetings.setCurrentAgendaItem(meeting, unscheduled)).isTrue();
        assertThat(current(meeting)).as("an item without a sitting keeps the sitting").containsExactly(unscheduled,
                afternoon);
        assertThat(meetings.findMeeting(other).orElseThrow().currentAgendaItem()).isEmpty();
    }

    @Test
    void twoAgendaItemsCannotShareAPlace() {
        long meeting = meeting("Kỳ họp thứ Hai");
        meetings.insertAgendaItem(meeting, null, 1, "Khai mạc", null, null);
        assertThatThrownBy(() -> meetings.insertAgendaItem(meeting, null, 1, "Bế mạc", null, null))
                .isInstanceOf(DataAccessException.class);
        assertThat(meetings.agenda(meeting)).extracting(AgendaItem::title).containsExactly("Khai mạc");
    }

    private long meeting(String title) {
        return meetings.insertMeeting(council, MeetingKind.SESSION, title, null, null, LocalDate.of(2026, 7, 14),
                LocalDate.of(2026, 7, 14), false);
    }

    private Long[] current(long meeting) {
        Meeting m = meetings.findMeeting(meeting).orElseThrow();
        return new Long[] {m.currentAgendaItemId(), m.currentSittingId()};
    }
}
