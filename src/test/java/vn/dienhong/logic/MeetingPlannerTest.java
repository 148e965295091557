package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** Preparing meetings of every kind; a committee's members are its "total" for quorum and votes. */
class MeetingPlannerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    private TestHall hall;
    private HallServices services;

    @BeforeEach
    void setUp() {
        hall = TestHall.start(10);
        services = hall.services();
    }

    @AfterEach
    void tearDown() {
        hall.close();
    }

    @Test
    void aCommitteeMeetingIsHeldByItsMembersOnly() {
        List<Long> members = services.planner().councilDelegates().stream().limit(4).map(Delegate::id).toList();
        Meeting created = services.planner().create(committee(members)).join();
        assertThat(services.meetings().current().orElseThrow().meeting().id()).isEqualTo(created.id());
        assertThat(services.meetings().current().orElseThrow().totalDelegates()).isEqualTo(4);
        assertThat(services.meetings().current().orElseThrow().agenda()).hasSize(2);
        assertThat(services.attendance().summary().total()).isEqualTo(4);
        assertThat(services.attendance().summary().required()).as("two thirds of 4").isEqualTo(3);

        assertThat(services.attendance().checkIn(account("db001")).join().present()).isEqualTo(1);
        assertThatThrownBy(() -> services.attendance().checkIn(account("db009")).join())
                .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining("không phải thành viên");

        Vote vote = services.votes().create(new NewVote("Thông qua báo cáo thẩm tra", VoteKind.RESOLUTION, VoteForm.OPEN,
                Threshold.MAJORITY_OF_TOTAL, null, null, false, null)).join();
        services.votes().open(vote.id()).join();
        assertThat(cast(vote, "db002")).isInstanceOf(CastResult.Accepted.class);
        assertThat(cast(vote, "db003")).isInstanceOf(CastResult.Accepted.class);
        assertThat(cast(vote, "db009")).as("not a member of the committee")
                .isEqualTo(new CastResult.Refused(CastResult.Reason.NOT_A_VOTER));
        var result = services.votes().close(vote.id()).join();
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.passed()).as("2 of 4 is exactly half, not more").isFalse();
    }

    @Test
    void badMeetingsAreRefusedAndNothingIsCreated() {
        long before = services.meetings().current().orElseThrow().meeting().id();
        List<Long> one = List.of(services.planner().councilDelegates().get(0).id());
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban", null, DAY, DAY, List.of(), List.of(), one), "phiên họp");
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, " ", null, DAY, DAY, sittings(), List.of(), one), "tên cuộc họp");
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban", null, DAY, DAY.minusDays(1), sittings(), List.of(), one),
                "ngày kết thúc");
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban", null, DAY, DAY, sittings(), List.of(), List.of()),
                "đại biểu tham dự");
        assertRefused(new NewMeeting(MeetingKind.SESSION, "Kỳ họp", null, DAY, DAY, sittings(), List.of(), one), "toàn thể");
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban", null, DAY, DAY, sittings(), List.of(), List.of(987654L)),
                "không phải đại biểu");
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban", null, DAY, DAY, sittings(),
                List.of(new NewMeeting.Item("Báo cáo", null, 30, 2)), one), "phiên họp từ 1 đến 1");
        assertRefused(new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban", null, DAY, DAY,
                List.of(new NewMeeting.Sitting("Phiên sáng", DAY.plusDays(3).atTime(8, 0))), List.of(), one), "thời gian cuộc họp");
        assertThat(services.meetings().current().orElseThrow().meeting().id()).isEqualTo(before);
    }

    @Test
    void anUrgentSessionIsHeldByTheWholeCouncil() {
        services.planner().create(new NewMeeting(MeetingKind.URGENT, "Kỳ họp chuyên đề", "Hội trường tỉnh", DAY, DAY,
                sittings(), List.of(new NewMeeting.Item("Thông qua Nghị quyết", "Thường trực HĐND", null, 1)), List.of())).join();
        assertThat(services.attendance().summary().total()).isEqualTo(10);
    }

    private static NewMeeting committee(List<Long> members) {
        return new NewMeeting(MeetingKind.COMMITTEE, "Họp Ban Kinh tế – Ngân sách thẩm tra dự toán 2027", "Phòng họp số 2",
                DAY, DAY, sittings(), List.of(new NewMeeting.Item("Báo cáo thẩm tra dự toán", "Trưởng Ban", 45, 1),
                new NewMeeting.Item("Biểu quyết thông qua báo cáo", null, 15, 1)), members);
    }

    private static List<NewMeeting.Sitting> sittings() {
        return List.of(new NewMeeting.Sitting("Phiên họp sáng 15/12/2026", LocalDateTime.of(DAY, java.time.LocalTime.of(8, 0))));
    }

    private void assertRefused(NewMeeting spec, String messagePart) {
        assertThatThrownBy(() -> services.planner().create(spec).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining(messagePart);
    }

    private Account account(String username) {
        return ((LoginResult.Success) services.auth().login(username, "246810", "127.0.0.1")).account();
    }

    private CastResult cast(Vote vote, String username) {
        return services.votes().cast(vote.id(), account(username), UUID.randomUUID().toString(), List.of("APPROVE")).join();
    }
}
