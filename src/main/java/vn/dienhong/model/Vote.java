package vn.dienhong.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A vote of a meeting: what is decided, in which form, against which threshold, and where it is
 * in its life. {@code subjects} lists the officials or candidates of confidence votes and elections.
 */
public record Vote(long id, long meetingId, Long agendaItemId, String title, VoteKind kind, VoteForm form,
                   Threshold threshold, VoteStatus status, boolean allowChange, Integer countdownSeconds,
                   Long rerunOf, List<String> subjects, int maxChoices, OffsetDateTime openedAt,
                   OffsetDateTime closedAt) {

    public Vote {
        subjects = List.copyOf(subjects);
    }

    public boolean isSecret() {
        return form == VoteForm.SECRET;
    }
}
