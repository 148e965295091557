package vn.dienhong.logic;

import java.util.Locale;

/** A request that does not fit the rules; the message is Vietnamese, for the person who asked. */
public final class RequestRefused extends RuntimeException {
    /** What kind of problem, so that the server can choose its status code. */
    public enum Problem {
        INVALID, NOT_FOUND, WRONG_STATE, FORBIDDEN, TOO_LONG,
        /** A file of a kind the hall cannot take (not a PDF, an office file without LibreOffice). */
        UNSUPPORTED,
        /** A file of the right kind that cannot be used (corrupt, encrypted, empty, classified). */
        UNPROCESSABLE
    }

    private final Problem problem;
    private final String code;

    public RequestRefused(Problem problem, String message) {
        this(problem, problem.name().toLowerCase(Locale.ROOT), message);
    }

    private RequestRefused(Problem problem, String code, String message) {
        super(message, null, false, false);
        this.problem = problem;
        this.code = code;
    }

    /** A refusal with its own machine-readable code (e.g. "not_pdf"), for clients that tell cases apart. */
    static RequestRefused coded(Problem problem, String code, String message) {
        return new RequestRefused(problem, code, message);
    }

    /** A refusal of the vote engine, whose codes carry the prefix {@code vote_} (docs/api.md). */
    static RequestRefused ofVote(Problem problem, String message) {
        return new RequestRefused(problem, "vote_" + problem.name().toLowerCase(Locale.ROOT), message);
    }

    /** The machine-readable code an API answer carries as {@code "error"}. */
    public String code() {
        return code;
    }

    public Problem problem() {
        return problem;
    }

    static RequestRefused invalid(String message) {
        return new RequestRefused(Problem.INVALID, message);
    }
}
