package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The database itself keeps one ballot per delegate per vote, whatever the code above it does. */
class BallotDaoTest {
    private Database db;
    private BallotDao ballots;
    private long vote;
    private long delegate;
    private long other;

    @BeforeEach
    void setUp() {
        db = Database.openInMemory();
        CouncilDao councils = new CouncilDao(db.dsl());
        long council = councils.insertCouncil("HĐND xã An Hòa", CouncilLevel.COMMUNE, "XXII");
        delegate = councils.insertDelegate(council, "Lê Thị Hoa", null, null, null, null);
        other = councils.insertDelegate(council, "Phạm Văn Nam", null, null, null, null);
        long meeting = new MeetingDao(db.dsl()).insertMeeting(council, MeetingKind.SESSION, "Kỳ họp thứ Hai", 2, null,
                LocalDate.now(), LocalDate.now(), false);
        vote = new VoteDao(db.dsl()).insert(meeting, null, "Biểu quyết", VoteKind.RESOLUTION, VoteForm.OPEN,
                Threshold.MAJORITY_OF_TOTAL, false, null, null, List.of(), 1);
        ballots = new BallotDao(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aSecondOpenBallotOfTheSameDelegateIsRejectedByTheDatabase() {
        ballots.insertOpen(List.of(new BallotDao.OpenBallot(vote, delegate, "uuid-1111", "APPROVE", "R1", OffsetDateTime.now())));
        assertThatThrownBy(() -> ballots.insertOpen(List.of(new BallotDao.OpenBallot(vote, delegate, "uuid-2222", "REJECT", "R2", OffsetDateTime.now()))))
                .isInstanceOf(DataAccessException.class);
        assertThat(ballots.counts(vote, false)).containsExactlyEntriesOf(java.util.Map.of("APPROVE", 1));
        assertThat(ballots.findRecorded(vote, false, List.of(delegate, other)))
                .containsOnlyKeys(delegate).containsValue(new BallotDao.Recorded("uuid-1111", "R1", "APPROVE"));
    }

    @Test
    void aBatchWithOneDuplicateStoresNothing() {
        OffsetDateTime now = OffsetDateTime.now();
        assertThatThrownBy(() -> db.dsl().transaction(tx -> new BallotDao(tx.dsl()).insertOpen(List.of(
                new BallotDao.OpenBallot(vote, delegate, "uuid-1111", "APPROVE", "R1", now),
                new BallotDao.OpenBallot(vote, other, "uuid-1111", "REJECT", "R2", now)))))
                .isInstanceOf(DataAccessException.class);
        assertThat(ballots.voterCount(vote, false)).isZero();
    }

    @Test
    void aBallotIdIsUsedOnceInAVote() {
        ballots.insertOpen(List.of(new BallotDao.OpenBallot(vote, delegate, "uuid-1111", "APPROVE", "R1", OffsetDateTime.now())));
        assertThatThrownBy(() -> ballots.insertOpen(List.of(new BallotDao.OpenBallot(vote, other, "uuid-1111", "APPROVE", "R2", OffsetDateTime.now()))))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aSecretVoterIsRecordedOnceAndTheTallyOnlyCounts() {
        ballots.createSecretTally(vote, List.of(""), List.of("APPROVE", "REJECT", "ABSTAIN"));
        ballots.insertSecretVoters(List.of(new BallotDao.SecretVoter(vote, delegate, "uuid-1", "R1")));
        ballots.addToSecretTally(vote, "", "REJECT", 1);
        assertThatThrownBy(() -> ballots.insertSecretVoters(List.of(new BallotDao.SecretVoter(vote, delegate, "uuid-2", "R2"))))
                .isInstanceOf(DataAccessException.class);
        assertThat(ballots.counts(vote, true)).containsEntry("REJECT", 1).containsEntry("APPROVE", 0);
        assertThat(ballots.voterCount(vote, true)).isEqualTo(1);
        assertThatThrownBy(() -> ballots.addToSecretTally(vote, "", "MAYBE", 1)).isInstanceOf(IllegalStateException.class);
    }
}
