package vn.dienhong.model;

import java.time.LocalDate;
import java.util.Optional;

/** One meeting of a council (a session, a committee meeting...) with its current sitting and agenda item. */
public record Meeting(long id, long councilId, MeetingKind kind, String title, Integer sessionNumber, String place,
                      LocalDate startsOn, LocalDate endsOn, boolean demo, Long currentSittingId,
                      Long currentAgendaItemId) {

    public Optional<Long> currentAgendaItem() {
        return Optional.ofNullable(currentAgendaItemId);
    }
}
