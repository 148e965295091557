package vn.dienhong.model;

/** The roles of the people in the hall; every endpoint and screen decides what to allow by these. */
public enum Role {
    DELEGATE, CHAIR, SECRETARY, OPERATOR, GUEST, RESPONDENT, ARCHIVIST,
    /** The chair display on a projector PC's browser: reads the floor and results, never acts. */
    DISPLAY;

    /** Whether this role's holder counts as a council member who may vote (when linked to a delegate). */
    public boolean mayVote() {
        return this == DELEGATE || this == CHAIR;
    }

    /** Whether this role conducts the floor: orders the speakers, gives and ends turns. */
    public boolean runsTheFloor() {
        return this == CHAIR || this == OPERATOR;
    }
}
