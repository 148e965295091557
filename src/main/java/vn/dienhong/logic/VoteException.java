package vn.dienhong.logic;

/** A vote request that does not fit the rules; the message is Vietnamese, for the person who asked. */
public final class VoteException extends RuntimeException {
    /** What kind of problem, so that the server can choose its status code. */
    public enum Problem { INVALID, NOT_FOUND, WRONG_STATE }

    private final Problem problem;

    public VoteException(Problem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
