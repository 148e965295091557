package vn.dienhong.logic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.Meeting;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.MeetingDao;
import vn.dienhong.persistence.VoteDao;

/**
 * Prepares a new meeting of any kind (session, standing committee, committee, group discussion,
 * urgent) with its sittings, agenda and participants; the new meeting becomes the one the hall runs,
 * and every screen is told to reload.
 */
public final class MeetingPlanner {
    private final Database db;
    private final HallExecutors executors;
    private final EventHub events;
    private final AuditLog audit;
    private final Clock clock;

    public MeetingPlanner(Database db, HallExecutors executors, EventHub events, AuditLog audit, Clock clock) {
        this.db = db;
        this.executors = executors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletableFuture<Meeting> create(NewMeeting spec) {
        return executors.change(() -> {
            Meeting created = db.dsl().transactionResult(tx -> {
                MeetingDao meetings = new MeetingDao(tx.dsl());
                Meeting running = meetings.latestMeeting().orElseThrow(() -> new RequestRefused(
                        RequestRefused.Problem.NOT_FOUND, "Chưa có Hội đồng nào trong dữ liệu."));
                if (new VoteDao(tx.dsl()).open(running.id()).isPresent()) {
                    throw new RequestRefused(RequestRefused.Problem.WRONG_STATE,
                            "Đang có biểu quyết chưa kết thúc. Hãy kết thúc biểu quyết trước khi chuyển sang cuộc họp mới.");
                }
                MeetingRules.check(spec, new CouncilDao(tx.dsl()).activeDelegates(running.councilId()));
                long id = meetings.insertMeeting(running.councilId(), spec.kind(), spec.title().strip(), null,
                        spec.place() == null || spec.place().isBlank() ? null : spec.place().strip(),
                        spec.startsOn(), spec.endsOn(), false);
                List<Long> sittings = new ArrayList<>();
                for (int i = 0; i < spec.sittings().size(); i++) {
                    NewMeeting.Sitting s = spec.sittings().get(i);
                    sittings.add(meetings.insertSitting(id, i + 1, s.title().strip(),
                            s.startsAt().atZone(clock.getZone()).toOffsetDateTime()));
                }
                List<Long> items = new ArrayList<>();
                for (int i = 0; i < spec.agenda().size(); i++) {
                    NewMeeting.Item item = spec.agenda().get(i);
                    items.add(meetings.insertAgendaItem(id, sittings.get(item.sitting() - 1), i + 1, item.title().strip(),
                            item.presenter() == null || item.presenter().isBlank() ? null : item.presenter().strip(),
                            item.durationMinutes()));
                }
                meetings.addParticipants(id, spec.participants());
                meetings.setCurrentSitting(id, sittings.get(0));
                if (!items.isEmpty()) {
                    meetings.setCurrentAgendaItem(id, items.get(0));
                }
                audit.append(tx.dsl(), "meeting.created", Map.of("meetingId", id, "kind", spec.kind(),
                        "title", spec.title().strip(), "participants", spec.participants()));
                return meetings.findMeeting(id).orElseThrow();
            });
            events.publish("meeting.changed", Map.of("meetingId", created.id(), "title", created.title(),
                    "kind", created.kind().name()));
            return created;
        });
    }

    /** The active delegates of the running meeting's council, to choose participants from; blocking. */
    public List<Delegate> councilDelegates() {
        return new MeetingDao(db.dsl()).latestMeeting()
                .map(m -> new CouncilDao(db.dsl()).activeDelegates(m.councilId())).orElse(List.of());
    }
}
