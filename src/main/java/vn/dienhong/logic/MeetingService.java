package vn.dienhong.logic;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.MeetingSnapshot;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.MeetingDao;

/** Answers "what meeting is the hall running, and where are we in it", and moves the agenda on (audited). */
public final class MeetingService {
    private final Clock clock;
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;

    /** {@code clock}: when sittings open and close, as the agenda moves into and out of them. */
    public MeetingService(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
    }

    /** The running meeting as one consistent picture; blocking, so call it from a worker. */
    public Optional<MeetingSnapshot> current() {
        return db.dsl().transactionResult(tx -> {
            MeetingDao meetings = new MeetingDao(tx.dsl());
            CouncilDao councils = new CouncilDao(tx.dsl());
            return meetings.latestMeeting().map(m -> new MeetingSnapshot(
                    councils.findCouncil(m.councilId()).orElseThrow(), m, meetings.sittings(m.id()),
                    meetings.agenda(m.id()), councils.countMembers(m.id())));
        });
    }

    public CompletableFuture<Optional<MeetingSnapshot>> currentAsync() {
        return executors.work(this::current);
    }

    /**
     * Makes an agenda item the one under discussion and tells every screen; completes with false when
     * the item does not belong to the running meeting (nothing changes then).
     */
    public CompletableFuture<Boolean> moveTo(long agendaItemId) {
        return executors.change(() -> {
            Optional<AgendaItem> moved = db.dsl().transactionResult(tx -> {
                MeetingDao meetings = new MeetingDao(tx.dsl());
                Optional<Meeting> meeting = meetings.latestMeeting();
                if (meeting.isEmpty() || !meetings.setCurrentAgendaItem(meeting.get().id(), agendaItemId)) {
                    return Optional.<AgendaItem>empty();
                }
                meetings.recordSittingMove(meeting.get().currentSittingId(),
                        meetings.findMeeting(meeting.get().id()).orElseThrow().currentSittingId(),
                        OffsetDateTime.now(clock));
                audit.append(tx.dsl(), "agenda.changed", Map.of("meetingId", meeting.get().id(),
                        "currentItemId", agendaItemId));
                return meetings.agenda(meeting.get().id()).stream().filter(i -> i.id() == agendaItemId).findFirst();
            });
            moved.ifPresent(item -> events.publish("agenda.changed", Map.of("meetingId", item.meetingId(),
                    "currentItemId", item.id(), "title", item.title(), "ordinal", item.ordinal())));
            return moved.isPresent();
        });
    }

}
