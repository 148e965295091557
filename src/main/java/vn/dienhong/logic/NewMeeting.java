package vn.dienhong.logic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.dienhong.model.MeetingKind;

/**
 * What the operator fills in to prepare a meeting: its kind, title and dates, its sittings, its agenda
 * (each item in a sitting, by the sitting's number from 1) and, for a committee or group, who takes part.
 */
public record NewMeeting(MeetingKind kind, String title, String place, LocalDate startsOn, LocalDate endsOn,
                         List<Sitting> sittings, List<Item> agenda, List<Long> participants) {

    public NewMeeting {
        sittings = sittings == null ? List.of() : List.copyOf(sittings);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A sitting (phiên họp), e.g. "Phiên họp sáng 09/12/2026" at 08:00 local time. */
    public record Sitting(String title, LocalDateTime startsAt) {
    }

    /** An agenda item in sitting number {@code sitting} (1 = the first), with an optional time budget. */
    public record Item(String title, String presenter, Integer durationMinutes, int sitting) {
    }
}
