package vn.dienhong.model;

/**
 * Who may read a document: every delegate, delegates and invited guests, or only the participants of
 * its meeting (a standing committee's or a committee's members). Staff who run the hall always may.
 */
public enum DocumentAudience {
    DELEGATES, DELEGATES_AND_GUESTS, PARTICIPANTS;

    /** Whether a holder of {@code role} may read it, before any check of meeting participation. */
    public boolean admitsRole(Role role) {
        return switch (role) {
            case DELEGATE, CHAIR, SECRETARY, OPERATOR, ARCHIVIST -> true;
            case GUEST, RESPONDENT -> this == DELEGATES_AND_GUESTS;
            case DISPLAY -> false;
        };
    }
}
