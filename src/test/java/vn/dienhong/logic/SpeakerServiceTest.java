package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;

/** The speakers' queue as a state machine: waiting → speaking → done, or waiting → withdrawn; order by the chair. */
class SpeakerServiceTest {
    private TestHall hall;
    private SpeakerService speakers;

    @BeforeEach
    void setUp() {
        hall = TestHall.start(10);
        speakers = hall.services().speakers();
    }

    @AfterEach
    void tearDown() {
        hall.close();
    }

    @Test
    void theQueueKeepsArrivalOrderUntilTheChairMovesSomeone() {
        SpeakerRequest a = ask("db001", SpeakerKind.DISCUSSION);
        SpeakerRequest b = ask("db002", SpeakerKind.DISCUSSION);
        SpeakerRequest c = ask("db003", SpeakerKind.POINT_OF_ORDER);
        assertThat(speakers.queue()).extracting(SpeakerRequest::id).containsExactly(a.id(), b.id(), c.id());
        speakers.move(c.id(), 1).join();
        assertThat(speakers.queue()).extracting(SpeakerRequest::id).containsExactly(c.id(), a.id(), b.id());
        speakers.move(c.id(), 99).join();
        assertThat(speakers.queue()).as("a place past the end means last").extracting(SpeakerRequest::id)
                .containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void givingTheFloorEndsTheTurnUnderWayAndOnlyWaitingRequestsGetIt() {
        SpeakerRequest a = ask("db001", SpeakerKind.DISCUSSION);
        SpeakerRequest b = ask("db002", SpeakerKind.QUESTION);
        speakers.giveFloor(a.id()).join();
        assertThat(speakers.speaking()).map(SpeakerRequest::id).contains(a.id());
        speakers.giveFloor(b.id()).join();
        assertThat(speakers.speaking()).map(SpeakerRequest::id).contains(b.id());
        assertThat(speakers.queue()).extracting(SpeakerRequest::id).containsExactly(b.id());
        assertThatThrownBy(() -> speakers.giveFloor(a.id()).join()).hasCauseInstanceOf(RequestRefused.class);
        SpeakerRequest ended = speakers.endTurn(b.id()).join();
        assertThat(ended.status()).isEqualTo(SpeakerStatus.DONE);
        assertThat(ended.endedAt()).isAfterOrEqualTo(ended.startedAt());
        assertThat(speakers.speaking()).isEmpty();
        assertThatThrownBy(() -> speakers.endTurn(b.id()).join()).hasCauseInstanceOf(RequestRefused.class)
                .hasMessageContaining("không đang phát biểu");
    }

    @Test
    void aWithdrawnRequestLeavesTheQueueAndCannotBeCalled() {
        SpeakerRequest a = ask("db004", SpeakerKind.DISCUSSION);
        assertThat(speakers.withdraw(account("db004"), a.id()).join().status()).isEqualTo(SpeakerStatus.WITHDRAWN);
        assertThat(speakers.queue()).isEmpty();
        assertThatThrownBy(() -> speakers.giveFloor(a.id()).join()).hasCauseInstanceOf(RequestRefused.class);
        assertThat(ask("db004", SpeakerKind.DISCUSSION).status()).as("may ask again after withdrawing")
                .isEqualTo(SpeakerStatus.WAITING);
    }

    @Test
    void theSpeakingTimeFollowsTheKind() {
        assertThat(speakers.times().limit(SpeakerKind.DISCUSSION).toMinutes()).isEqualTo(7);
        assertThat(speakers.times().limit(SpeakerKind.QUESTION).toMinutes()).isEqualTo(3);
        SpeakerRequest q = ask("db005", SpeakerKind.POINT_OF_ORDER);
        speakers.giveFloor(q.id()).join();
        var floor = speakers.floorView(speakers.speaking());
        assertThat(floor.get("limitSeconds")).isEqualTo(120L);
        assertThat(floor.get("endsAt").toString()).isNotBlank();
    }

    private SpeakerRequest ask(String user, SpeakerKind kind) {
        Long respondent = kind == SpeakerKind.QUESTION ? speakers.respondents().get(0).id() : null;
        return speakers.request(account(user), kind, respondent, null, null).join();
    }

    private Account account(String username) {
        return ((LoginResult.Success) hall.services().auth().login(username, "246810", "127.0.0.1")).account();
    }
}
