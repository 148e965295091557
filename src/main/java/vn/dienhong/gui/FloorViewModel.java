package vn.dienhong.gui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.concurrent.Executor;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.HallEvent;

/**
 * The console's Điều hành tab: attendance against the quorum, the speakers' queue and its clock, the
 * chair's inbox and the notices, each read again when the hall announces that it changed.
 */
final class FloorViewModel {
    static final String MEETING_CHANGED = FloorStatusViewModel.MEETING_CHANGED;
    private final FloorStatusViewModel status;
    private final OpinionInboxViewModel inbox;
    private final NoticeBoardViewModel notices;
    private final DateTimeFormatter time;

    /** {@code clock} tells the time of the speaker's countdown and the zone of the times shown. */
    FloorViewModel(HallServices services, Executor ui, LanguageModel language, OperatorErrors errors, Clock clock) {
        this.status = new FloorStatusViewModel(services, ui, language, errors, clock);
        this.inbox = new OpinionInboxViewModel(services, ui, errors);
        this.notices = new NoticeBoardViewModel(services, ui, errors);
        this.time = DateTimeFormatter.ofPattern("HH:mm, dd/MM").withZone(clock.getZone());
    }

    /** Reads everything again: at start, on "Tải lại", and when the hall runs a new meeting. */
    void refresh() {
        status.refresh();
        inbox.refresh();
        notices.refresh();
    }

    /** Follows a hall event by reading again what it says has changed; call on the UI thread. */
    void apply(HallEvent event) {
        status.apply(event);
        switch (event.type()) {
            case "opinions.changed" -> inbox.refresh();
            case "notice.posted" -> notices.refresh();
            case MEETING_CHANGED -> {
                inbox.refresh();
                notices.refresh();
            }
            default -> {
                // attendance and speakers are the status's; votes and the agenda are followed elsewhere
            }
        }
    }

    /** A moment in the hall's time zone, "08:15, 09/12", for opinions and notices. */
    String time(TemporalAccessor at) {
        return at == null ? "" : time.format(at);
    }

    AttendanceViewModel attendance() {
        return status.attendance();
    }

    SpeakerQueueViewModel speakers() {
        return status.speakers();
    }

    OpinionInboxViewModel inbox() {
        return inbox;
    }

    NoticeBoardViewModel notices() {
        return notices;
    }
}
