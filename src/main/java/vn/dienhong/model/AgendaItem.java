package vn.dienhong.model;

/** One item of a meeting's agenda, in order, with who presents it and its time budget. */
public record AgendaItem(long id, long meetingId, Long sittingId, int ordinal, String title, String presenter,
                         Integer durationMinutes) {
}
