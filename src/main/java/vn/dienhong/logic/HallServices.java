package vn.dienhong.logic;

import java.time.Clock;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;

/** The use cases of one running hall, built once and handed to the console and the tablet server. */
public record HallServices(HallSettings settings, HallExecutors executors, EventHub events, TabletPresence presence,
                           AuthService auth, MeetingService meetings, VoteService votes, AttendanceService attendance,
                           SpeakerService speakers, OpinionService opinions, NoticeService notices,
                           MeetingPlanner planner, DocumentServices documents)
        implements AutoCloseable {

    /** {@code files}: the document store in the data folder. */
    public static HallServices create(Database db, FileStore files, HallSettings settings, Clock clock) {
        return create(db, files, settings, clock, HallExecutors.standard());
    }

    public static HallServices create(Database db, FileStore files, HallSettings settings, Clock clock,
                                      HallExecutors executors) {
        return create(db, files, settings, clock, executors, true);
    }

    /**
     * Builds the services on given executors; {@code groupCommit} false commits each ballot alone,
     * which only the benchmark wants (to measure what grouping saves).
     */
    public static HallServices create(Database db, FileStore files, HallSettings settings, Clock clock,
                                      HallExecutors executors, boolean groupCommit) {
        EventHub events = new EventHub(clock);
        AuditLog audit = new AuditLog(clock);
        AttendanceService attendance = new AttendanceService(db, executors, events, audit, settings.quorum(), clock);
        return new HallServices(settings, executors, events, new TabletPresence(),
                new AuthService(db, settings, clock), new MeetingService(db, executors, events, audit, clock),
                new VoteService(db, executors, events, audit, settings, clock, groupCommit, attendance::announce),
                attendance,
                new SpeakerService(db, executors, events, audit, settings.speakingTimes(), clock),
                new OpinionService(db, executors, events, audit, clock),
                new NoticeService(db, executors, events, audit, clock),
                new MeetingPlanner(db, executors, events, audit, clock),
                DocumentServices.create(db, files, executors, events, audit, clock, settings.documents()));
    }

    @Override
    public void close() {
        votes.stopCountdowns();
        executors.close();
        documents.close();
    }
}
