package vn.dienhong.logic;

/** What became of a ballot: recorded (now or by an earlier try with the same ballot id), or refused and why. */
public sealed interface CastResult {

    /** Recorded and committed; {@code repeated} when an earlier try with the same ballot id was. */
    record Accepted(String receipt, boolean repeated) implements CastResult {
    }

    record Refused(Reason reason) implements CastResult {
    }

    /** Why a ballot was refused; nothing is stored in any of these cases. */
    enum Reason {
        /** No such vote in the running meeting. */
        UNKNOWN_VOTE,
        /** The vote is not open (not yet, or closed, or cancelled). */
        NOT_OPEN,
        /** This delegate already has a different ballot in this vote, and changes are not allowed. */
        ALREADY_VOTED,
        /** The account does not vote (guest, respondent, operator…). */
        NOT_A_VOTER,
        /** The choice is not one of this vote's, or the ballot does not mark each official or candidate once. */
        UNKNOWN_CHOICE,
        /** An election ballot chooses more candidates than there are seats. */
        TOO_MANY_SELECTED,
        /** Another delegate's ballot already carries this ballot id. */
        BALLOT_ID_TAKEN
    }
}
