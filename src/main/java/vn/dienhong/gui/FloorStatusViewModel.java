package vn.dienhong.gui;

import java.time.Clock;
import java.util.concurrent.Executor;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.HallEvent;

/**
 * Attendance against the quorum and the speakers' queue with its clock, each read again when the
 * hall announces that it changed: the part of the floor that both the console's Điều hành tab and
 * the chair display follow, each in its own language.
 */
final class FloorStatusViewModel {
    static final String MEETING_CHANGED = "meeting.changed";
    private final AttendanceViewModel attendance;
    private final SpeakerQueueViewModel speakers;

    /** {@code clock} tells the time of the speaker's countdown. */
    FloorStatusViewModel(HallServices services, Executor ui, LanguageModel language, OperatorErrors errors,
                         Clock clock) {
        this.attendance = new AttendanceViewModel(services, ui, language, errors);
        this.speakers = new SpeakerQueueViewModel(services, ui, language, errors, clock);
    }

    /** Reads both again: at start, on "Tải lại", and when the hall runs a new meeting. */
    void refresh() {
        attendance.refresh();
        speakers.refresh();
    }

    /** Follows a hall event by reading again what it says has changed; call on the UI thread. */
    void apply(HallEvent event) {
        switch (event.type()) {
            // also after ballots: a ballot checks its delegate in, and the hall announces the new count
            case "attendance.changed" -> attendance.refresh();
            case "speakers.changed", "floor.changed" -> speakers.refresh();
            case MEETING_CHANGED -> refresh();
            default -> {
                // the rest of the floor, votes and the agenda are followed elsewhere
            }
        }
    }

    AttendanceViewModel attendance() {
        return attendance;
    }

    SpeakerQueueViewModel speakers() {
        return speakers;
    }

    /** Moves the speaker's countdown on; the views call it several times a second. */
    void tick() {
        speakers.clock().tick();
    }
}
