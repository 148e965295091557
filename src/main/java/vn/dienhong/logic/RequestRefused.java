package vn.dienhong.logic;

/** A request that does not fit the rules; the message is Vietnamese, for the person who asked. */
public final class RequestRefused extends RuntimeException {
    /** What kind of problem, so that the server can choose its status code. */
    public enum Problem { INVALID, NOT_FOUND, WRONG_STATE, FORBIDDEN, TOO_LONG }

    private final Problem problem;

    public RequestRefused(Problem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static RequestRefused invalid(String message) {
        return new RequestRefused(Problem.INVALID, message);
    }
}
