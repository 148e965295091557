package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.AGENDA_ITEM;
import static vn.dienhong.persistence.jooq.Tables.MEETING;
import static vn.dienhong.persistence.jooq.Tables.MEETING_PARTICIPANT;
import static vn.dienhong.persistence.jooq.Tables.SITTING;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Sitting;
import vn.dienhong.persistence.jooq.tables.records.AgendaItemRecord;
import vn.dienhong.persistence.jooq.tables.records.MeetingRecord;
import vn.dienhong.persistence.jooq.tables.records.SittingRecord;

/** Reads and writes meetings with their sittings and agenda. */
public final class MeetingDao {
    private final DSLContext dsl;

    public MeetingDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertMeeting(long councilId, MeetingKind kind, String title, Integer sessionNumber, String place,
                              LocalDate startsOn, LocalDate endsOn, boolean demo) {
        return dsl.insertInto(MEETING)
                .set(MEETING.COUNCIL_ID, councilId).set(MEETING.KIND, kind.name()).set(MEETING.TITLE, title)
                .set(MEETING.SESSION_NUMBER, sessionNumber).set(MEETING.PLACE, place)
                .set(MEETING.STARTS_ON, startsOn).set(MEETING.ENDS_ON, endsOn).set(MEETING.DEMO, demo)
                .set(MEETING.CREATED_AT, OffsetDateTime.now())
                .returning(MEETING.ID).fetchOne(MEETING.ID);
    }

    /** The meeting the hall is running: the most recently created one. */
    public Optional<Meeting> latestMeeting() {
        return dsl.selectFrom(MEETING).orderBy(MEETING.ID.desc()).limit(1).fetchOptional(MeetingDao::toMeeting);
    }

    public Optional<Meeting> findMeeting(long id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MeetingDao::toMeeting);
    }

    public boolean anyMeeting() {
        return dsl.fetchExists(MEETING);
    }

    public long insertSitting(long meetingId, int ordinal, String title, OffsetDateTime startsAt) {
        return dsl.insertInto(SITTING)
                .set(SITTING.MEETING_ID, meetingId).set(SITTING.ORDINAL, ordinal)
                .set(SITTING.TITLE, title).set(SITTING.STARTS_AT, startsAt)
                .returning(SITTING.ID).fetchOne(SITTING.ID);
    }

    public List<Sitting> sittings(long meetingId) {
        return dsl.selectFrom(SITTING).where(SITTING.MEETING_ID.eq(meetingId)).orderBy(SITTING.ORDINAL)
                .fetch(MeetingDao::toSitting);
    }

    public long insertAgendaItem(long meetingId, Long sittingId, int ordinal, String title, String presenter,
                                 Integer durationMinutes) {
        return dsl.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.SITTING_ID, sittingId)
                .set(AGENDA_ITEM.ORDINAL, ordinal).set(AGENDA_ITEM.TITLE, title)
                .set(AGENDA_ITEM.PRESENTER, presenter).set(AGENDA_ITEM.DURATION_MINUTES, durationMinutes)
                .returning(AGENDA_ITEM.ID).fetchOne(AGENDA_ITEM.ID);
    }

    public List<AgendaItem> agenda(long meetingId) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.ORDINAL).fetch(MeetingDao::toAgendaItem);
    }

    /** Moves the meeting to an agenda item (and that item's sitting); false when the item is not this meeting's. */
    public boolean setCurrentAgendaItem(long meetingId, long agendaItemId) {
        AgendaItemRecord item = dsl.selectFrom(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.eq(agendaItemId).and(AGENDA_ITEM.MEETING_ID.eq(meetingId))).fetchOne();
        if (item == null) {
            return false;
        }
        var update = dsl.update(MEETING).set(MEETING.CURRENT_AGENDA_ITEM_ID, agendaItemId);
        if (item.getSittingId() != null) {
            update = update.set(MEETING.CURRENT_SITTING_ID, item.getSittingId());
        }
        return update.where(MEETING.ID.eq(meetingId)).execute() == 1;
    }

    public void addParticipants(long meetingId, List<Long> delegateIds) {
        delegateIds.forEach(d -> dsl.insertInto(MEETING_PARTICIPANT).set(MEETING_PARTICIPANT.MEETING_ID, meetingId)
                .set(MEETING_PARTICIPANT.DELEGATE_ID, d).execute());
    }

    /**
     * Records the hall moving from one sitting to another at {@code at}: the one left is closed (bế
     * mạc) if it had opened, the one entered is opened (khai mạc) the first time only.
     */
    public void recordSittingMove(Long left, Long entered, OffsetDateTime at) {
        if (left != null && !left.equals(entered)) {
            dsl.update(SITTING).set(SITTING.CLOSED_AT, at)
                    .where(SITTING.ID.eq(left).and(SITTING.OPENED_AT.isNotNull()).and(SITTING.CLOSED_AT.isNull()))
                    .execute();
        }
        if (entered != null) {
            dsl.update(SITTING).set(SITTING.OPENED_AT, at)
                    .where(SITTING.ID.eq(entered).and(SITTING.OPENED_AT.isNull())).execute();
        }
    }

    public void setCurrentSitting(long meetingId, long sittingId) {
        dsl.update(MEETING).set(MEETING.CURRENT_SITTING_ID, sittingId).where(MEETING.ID.eq(meetingId)).execute();
    }

    private static Meeting toMeeting(MeetingRecord r) {
        return new Meeting(r.getId(), r.getCouncilId(), MeetingKind.valueOf(r.getKind()), r.getTitle(),
                r.getSessionNumber(), r.getPlace(), r.getStartsOn(), r.getEndsOn(), r.getDemo(),
                r.getCurrentSittingId(), r.getCurrentAgendaItemId());
    }

    private static Sitting toSitting(SittingRecord r) {
        return new Sitting(r.getId(), r.getMeetingId(), r.getOrdinal(), r.getTitle(), r.getStartsAt());
    }

    private static AgendaItem toAgendaItem(AgendaItemRecord r) {
        return new AgendaItem(r.getId(), r.getMeetingId(), r.getSittingId(), r.getOrdinal(), r.getTitle(),
                r.getPresenter(), r.getDurationMinutes());
    }
}
