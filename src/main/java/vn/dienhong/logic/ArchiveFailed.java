package vn.dienhong.logic;

/**
 * An export or a check of the session record that could not be done; the message says, in
 * Vietnamese, what happened and what to do, and is shown as it is on the console and the command line.
 */
public final class ArchiveFailed extends RuntimeException {
    public ArchiveFailed(String message) {
        super(message);
    }

    public ArchiveFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
