package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.BALLOT;
import static vn.dienhong.persistence.jooq.Tables.SECRET_TALLY;
import static vn.dienhong.persistence.jooq.Tables.SECRET_VOTER;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Stores ballots. Open ballots sit beside the delegate's name; secret ballots are split in two
 * tables with nothing in common but the vote: who has voted, and how many chose what.
 */
public final class BallotDao {
    private final DSLContext dsl;

    /** A ballot already recorded for a delegate: its tablet id and receipt (and the choice when open). */
    public record Recorded(String ballotUuid, String receipt, String choice) {
    }

    public BallotDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An open ballot to store: the choice beside the delegate, with the tablet's ballot id and the receipt. */
    public record OpenBallot(long voteId, long delegateId, String ballotUuid, String choice, String receipt,
                             OffsetDateTime at) {
    }

    /** That a delegate has voted in a secret vote, with the tablet's ballot id and the receipt; nothing else. */
    public record SecretVoter(long voteId, long delegateId, String ballotUuid, String receipt) {
    }

    /** The ballots these delegates already have in the vote, by delegate id (the choice only when open). */
    public Map<Long, Recorded> findRecorded(long voteId, boolean secret, Collection<Long> delegates) {
        Map<Long, Recorded> out = new HashMap<>();
        if (secret) {
            dsl.select(SECRET_VOTER.DELEGATE_ID, SECRET_VOTER.BALLOT_UUID, SECRET_VOTER.RECEIPT).from(SECRET_VOTER)
                    .where(SECRET_VOTER.VOTE_ID.eq(voteId).and(SECRET_VOTER.DELEGATE_ID.in(delegates)))
                    .forEach(r -> out.put(r.value1(), new Recorded(r.value2(), r.value3(), null)));
        } else {
            dsl.select(BALLOT.DELEGATE_ID, BALLOT.BALLOT_UUID, BALLOT.RECEIPT, BALLOT.CHOICE).from(BALLOT)
                    .where(BALLOT.VOTE_ID.eq(voteId).and(BALLOT.DELEGATE_ID.in(delegates)))
                    .forEach(r -> out.put(r.value1(), new Recorded(r.value2(), r.value3(), r.value4())));
        }
        return out;
    }

    /** Stores open ballots in one JDBC batch: the statement is rendered once, not once per ballot. */
    public void insertOpen(List<OpenBallot> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(BALLOT, BALLOT.VOTE_ID, BALLOT.DELEGATE_ID, BALLOT.BALLOT_UUID,
                BALLOT.CHOICE, BALLOT.RECEIPT, BALLOT.CAST_AT).values((Long) null, null, null, null, null, null));
        rows.forEach(b -> batch.bind(b.voteId(), b.delegateId(), b.ballotUuid(), b.choice(), b.receipt(), b.at()));
        batch.execute();
    }

    /** Replaces an open ballot's choice (only where the vote allows a change before close). */
    public void changeOpen(OpenBallot b) {
        dsl.update(BALLOT).set(BALLOT.CHOICE, b.choice()).set(BALLOT.BALLOT_UUID, b.ballotUuid())
                .set(BALLOT.RECEIPT, b.receipt()).set(BALLOT.CAST_AT, b.at())
                .where(BALLOT.VOTE_ID.eq(b.voteId()).and(BALLOT.DELEGATE_ID.eq(b.delegateId()))).execute();
    }

    /** Each delegate's choice in an open vote, by delegate id. */
    public Map<Long, String> openChoices(long voteId) {
        Map<Long, String> out = new LinkedHashMap<>();
        dsl.select(BALLOT.DELEGATE_ID, BALLOT.CHOICE).from(BALLOT).where(BALLOT.VOTE_ID.eq(voteId))
                .orderBy(BALLOT.DELEGATE_ID).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Records who has voted in a secret vote, in one JDBC batch. */
    public void insertSecretVoters(List<SecretVoter> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(SECRET_VOTER, SECRET_VOTER.VOTE_ID, SECRET_VOTER.DELEGATE_ID,
                SECRET_VOTER.BALLOT_UUID, SECRET_VOTER.RECEIPT).values((Long) null, null, null, null));
        rows.forEach(v -> batch.bind(v.voteId(), v.delegateId(), v.ballotUuid(), v.receipt()));
        batch.execute();
    }

    /**
     * Creates the zero counters of a secret vote when it opens, one per subject and choice ("" is the
     * only subject of a resolution), so that counting is only ever "add".
     */
    public void createSecretTally(long voteId, List<String> subjects, List<String> choices) {
        var insert = dsl.insertInto(SECRET_TALLY, SECRET_TALLY.VOTE_ID, SECRET_TALLY.SUBJECT, SECRET_TALLY.CHOICE,
                SECRET_TALLY.COUNT);
        for (String subject : subjects) {
            for (String choice : choices) {
                insert = insert.values(voteId, subject, choice, 0);
            }
        }
        insert.execute();
    }

    public void addToSecretTally(long voteId, String subject, String choice, int count) {
        int updated = dsl.update(SECRET_TALLY).set(SECRET_TALLY.COUNT, SECRET_TALLY.COUNT.plus(count))
                .where(SECRET_TALLY.VOTE_ID.eq(voteId).and(SECRET_TALLY.SUBJECT.eq(subject))
                        .and(SECRET_TALLY.CHOICE.eq(choice))).execute();
        if (updated != 1) {
            throw new IllegalStateException("no counter for " + subject + "/" + choice + " of vote " + voteId);
        }
    }

    /** A secret vote's counters, by subject then choice, in the order they were created. */
    public Map<String, Map<String, Integer>> secretTally(long voteId) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        dsl.select(SECRET_TALLY.SUBJECT, SECRET_TALLY.CHOICE, SECRET_TALLY.COUNT).from(SECRET_TALLY)
                .where(SECRET_TALLY.VOTE_ID.eq(voteId))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        return out;
    }

    /** How many chose what in a resolution: from the open ballots or the secret counters. */
    public Map<String, Integer> counts(long voteId, boolean secret) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (secret) {
            out.putAll(secretTally(voteId).getOrDefault("", Map.of()));
        } else {
            dsl.select(BALLOT.CHOICE, org.jooq.impl.DSL.count()).from(BALLOT).where(BALLOT.VOTE_ID.eq(voteId))
                    .groupBy(BALLOT.CHOICE).forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /** How many delegates have voted. */
    public int voterCount(long voteId, boolean secret) {
        return secret ? dsl.fetchCount(SECRET_VOTER, SECRET_VOTER.VOTE_ID.eq(voteId))
                : dsl.fetchCount(BALLOT, BALLOT.VOTE_ID.eq(voteId));
    }

    /** Which delegates have voted (for an open vote's "who has not voted yet"). */
    public List<Long> voters(long voteId, boolean secret) {
        return secret
                ? dsl.select(SECRET_VOTER.DELEGATE_ID).from(SECRET_VOTER).where(SECRET_VOTER.VOTE_ID.eq(voteId)).fetch(r -> r.value1())
                : dsl.select(BALLOT.DELEGATE_ID).from(BALLOT).where(BALLOT.VOTE_ID.eq(voteId)).fetch(r -> r.value1());
    }
}
