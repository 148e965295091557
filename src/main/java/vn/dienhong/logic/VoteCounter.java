package vn.dienhong.logic;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteResult;
import vn.dienhong.model.VoteStatus;
import vn.dienhong.persistence.AttendanceDao;
import vn.dienhong.persistence.BallotDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.VoteDao;

/** Counts a vote: live while open, and from the totals frozen at close once it is closed; who chose what in open votes. */
final class VoteCounter {
    private VoteCounter() {
    }

    /** Freezes the total number of delegates and those present, which the result is measured against. */
    static void freeze(DSLContext tx, Vote vote, OffsetDateTime at) {
        new VoteDao(tx).markClosed(vote.id(), at, total(tx, vote), present(tx));
    }

    /** The subjects a secret vote keeps counters for: its officials or candidates, or "" for a resolution. */
    static List<String> tallySubjects(Vote vote) {
        return vote.kind().hasSubjects() ? vote.subjects() : List.of("");
    }

    static VoteResult result(DSLContext dsl, Vote vote) {
        BallotDao ballots = new BallotDao(dsl);
        int voted = ballots.voterCount(vote.id(), vote.isSecret());
        int[] frozen = vote.status() == VoteStatus.CLOSED
                ? new VoteDao(dsl).frozenCounts(vote.id()).orElseThrow()
                : new int[] {total(dsl, vote), present(dsl)};
        int total = frozen[0];
        // whoever voted is present, even if attendance was never taken
        int present = Math.max(frozen[1], voted);
        if (vote.kind().hasSubjects()) {
            return new VoteResult(vote.id(), vote.kind(), 0, 0, 0, voted, total, present, vote.threshold(), false,
                    subjects(vote, ballots.secretTally(vote.id()), total, present), vote.maxChoices());
        }
        Map<String, Integer> counts = ballots.counts(vote.id(), vote.isSecret());
        int approve = counts.getOrDefault("APPROVE", 0);
        return new VoteResult(vote.id(), vote.kind(), approve, counts.getOrDefault("REJECT", 0),
                counts.getOrDefault("ABSTAIN", 0), voted, total, present, vote.threshold(),
                vote.threshold().isMet(approve, total, present), List.of(), 1);
    }

    /** One line per official or candidate, in the vote's order, with what follows for each. */
    private static List<SubjectResult> subjects(Vote vote, Map<String, Map<String, Integer>> tally, int total,
                                                int present) {
        List<Map<String, Integer>> counts = vote.subjects().stream().map(s -> tally.getOrDefault(s, Map.of())).toList();
        List<SubjectOutcome> outcomes = switch (vote.kind()) {
            case CONFIDENCE_RATING -> counts.stream().map(c -> OutcomeRules.rating(c.getOrDefault("LOW", 0), total)).toList();
            case CONFIDENCE_VOTE -> counts.stream()
                    .map(c -> OutcomeRules.confidenceVote(c.getOrDefault("NO_CONFIDENCE", 0), total)).toList();
            case ELECTION -> OutcomeRules.election(counts.stream().map(c -> c.getOrDefault("SELECTED", 0)).toList(),
                    vote.maxChoices(), vote.threshold(), total, present);
            case RESOLUTION -> throw new IllegalArgumentException("a resolution has no subjects");
        };
        List<SubjectResult> out = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            out.add(new SubjectResult(vote.subjects().get(i), counts.get(i), outcomes.get(i)));
        }
        return out;
    }

    static VoteProgress progress(DSLContext dsl, Vote vote) {
        VoteResult live = result(dsl, vote);
        List<String> missing = vote.isSecret() ? List.of() : openBallots(dsl, vote).stream()
                .filter(c -> c.choice() == null).map(DelegateChoice::name).toList();
        return new VoteProgress(vote.id(), live.voted(), live.present(), live.total(), missing);
    }

    /** Every delegate's line in an open vote, in seat order; a secret ballot has no such lines. */
    static List<DelegateChoice> openBallots(DSLContext dsl, Vote vote) {
        if (vote.isSecret()) {
            throw RequestRefused.ofVote(RequestRefused.Problem.INVALID, "Bỏ phiếu kín: không ai được biết từng người đã chọn gì.");
        }
        Map<Long, String> choices = new BallotDao(dsl).openChoices(vote.id());
        return new CouncilDao(dsl).members(vote.meetingId()).stream()
                .map(d -> new DelegateChoice(d.id(), d.fullName(), d.seat(), choices.get(d.id())))
                .sorted(Comparator.comparing(DelegateChoice::seat, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static int total(DSLContext dsl, Vote vote) {
        return new CouncilDao(dsl).countMembers(vote.meetingId());
    }

    private static int present(DSLContext dsl) {
        return new MeetingDao(dsl).latestMeeting().map(m -> m.currentSittingId())
                .map(sitting -> new AttendanceDao(dsl).countPresent(sitting)).orElse(0);
    }
}
