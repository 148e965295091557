package vn.dienhong.logic;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import vn.dienhong.model.Account;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.Role;

/**
 * Who may read which document: the hall's staff read every version in use, even before it is
 * published; others read what is published, meant for their role and, for a committee's document,
 * only when they sit on it.
 */
final class DocumentAccess {
    private final Account account;
    private final Supplier<Set<Long>> memberLookup;
    private final Instant now;
    private Set<Long> members;

    /**
     * {@code members}: the delegate ids of the meeting's members (its participants, or the whole
     * council), looked up only when a committee's document asks for them.
     */
    DocumentAccess(Account account, Supplier<Set<Long>> members, Instant now) {
        this.account = account;
        this.memberLookup = members;
        this.now = now;
    }

    /** Whether this reader may list and open {@code doc}. */
    boolean mayRead(Document doc) {
        return doc.withdrawnAt() == null && admits(doc.audience(), doc.visibleFrom());
    }

    /** Whether this reader is in {@code audience} once {@code visibleFrom} (null: at once) has come. */
    boolean admits(DocumentAudience audience, Instant visibleFrom) {
        if (isStaff(account.role())) {
            return true;
        }
        if (visibleFrom != null && visibleFrom.isAfter(now) || !audience.admitsRole(account.role())) {
            return false;
        }
        return audience != DocumentAudience.PARTICIPANTS
                || account.delegateId() != null && members().contains(account.delegateId());
    }

    private Set<Long> members() {
        if (members == null) {
            members = Set.copyOf(memberLookup.get());
        }
        return members;
    }

    /** The operator, the secretariat and the archivist prepare and keep documents. */
    static boolean isStaff(Role role) {
        return role == Role.OPERATOR || role == Role.SECRETARY || role == Role.ARCHIVIST;
    }
}
