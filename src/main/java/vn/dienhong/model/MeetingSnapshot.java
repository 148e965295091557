package vn.dienhong.model;

import java.util.List;

/** Everything a screen needs to draw the meeting at one moment: who, what, in which order. */
public record MeetingSnapshot(Council council, Meeting meeting, List<Sitting> sittings, List<AgendaItem> agenda,
                              int totalDelegates) {

    public AgendaItem currentItem() {
        Long current = meeting.currentAgendaItemId();
        return agenda.stream().filter(i -> current != null && i.id() == current).findFirst().orElse(null);
    }

    public Sitting currentSitting() {
        Long current = meeting.currentSittingId();
        return sittings.stream().filter(s -> current != null && s.id() == current).findFirst()
                .orElse(sittings.isEmpty() ? null : sittings.get(0));
    }
}
