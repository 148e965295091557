package vn.dienhong.gui;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.SpeakerRequest;

/**
 * The floor as the hall's big screen shows it (present / total against the quorum, who speaks with
 * the time left in large figures, the next few in the queue), read by the same view models and
 * counted by the same clock as the console's Điều hành tab, but worded in the council's language.
 */
final class ChairFloorViewModel {
    /** The next ones on the hall's screen, as on /display; the whole queue is on the console and the tablets. */
    static final int NEXT_SHOWN = 5;

    /** One waiting request: its place in the queue, the delegate, and the seat with the kind of speech. */
    record Next(long id, int place, String name, String about) {
    }

    private final FloorStatusViewModel status;
    private final ReadOnlyObjectProperty<SpeakerRequest> speaking;
    private final StringBinding speakerName;
    private final StringBinding speakerKind;
    private final StringBinding speakerTopic;
    private final StringBinding clockCaption;
    private final StringBinding clockFigures;
    private final StringBinding nextHeading;
    private final ObjectBinding<List<Next>> next;
    private final BooleanBinding hasFloor;

    ChairFloorViewModel(HallServices services, Executor ui, LanguageModel language, Clock clock) {
        // the hall's screen has no error banner: a failed read is logged and the next event reads again
        status = new FloorStatusViewModel(services, ui, language, new OperatorErrors(language), clock);
        speaking = status.speakers().speakingProperty();
        // the name alone in the largest type, so that it never breaks between the name and the seat
        speakerName = language.bind(m -> speaking.get() == null ? m.get("speaker.now.none")
                : speaking.get().delegateName(), speaking);
        speakerKind = language.bind(m -> speaking.get() == null ? ""
                : SpeakerTexts.seatAndKind(m, speaking.get()), speaking);
        speakerTopic = Bindings.createStringBinding(() -> speaking.get() == null || speaking.get().topic() == null
                ? "" : speaking.get().topic(), speaking);
        SpeakingClock turn = status.speakers().clock();
        clockCaption = language.bind(m -> switch (turn.phaseProperty().get()) {
            case NONE -> "";
            case RUNNING -> m.get("chair.countdown");
            case WARNING -> m.get("chair.turn.ending");
            case OVERTIME -> m.get("chair.turn.over");
        }, turn.phaseProperty());
        // over time counts up with a plus, so the figures read as time over even without the caption
        clockFigures = Bindings.createStringBinding(() -> switch (turn.phaseProperty().get()) {
            case NONE -> "";
            case RUNNING, WARNING -> SpeakingClock.digits(turn.secondsProperty().get());
            case OVERTIME -> "+" + SpeakingClock.digits(turn.secondsProperty().get());
        }, turn.phaseProperty(), turn.secondsProperty());
        ObservableList<SpeakerRequest> waiting = status.speakers().waiting();
        next = Bindings.createObjectBinding(() -> IntStream.range(0, Math.min(NEXT_SHOWN, waiting.size()))
                .mapToObj(i -> new Next(waiting.get(i).id(), i + 1, waiting.get(i).delegateName(),
                        SpeakerTexts.seatAndKind(language.messages(), waiting.get(i)))).toList(),
                waiting, language.messagesProperty());
        nextHeading = language.bind(m -> waiting.size() > NEXT_SHOWN
                ? m.format("chair.next.more", NEXT_SHOWN, waiting.size()) : m.get("chair.next"), waiting);
        hasFloor = speaking.isNotNull().or(Bindings.isNotEmpty(waiting));
    }

    /** Attendance and the queue, read again when the display opens and when the hall says they changed. */
    FloorStatusViewModel status() {
        return status;
    }

    /** "Có mặt: 48/52 đại biểu (92,31%)"; empty before the first read. */
    StringBinding presentLine() {
        return status.attendance().presentLine();
    }

    /** "Đủ số đại biểu để tiến hành (cần 35)" or "Chưa đủ số đại biểu (cần 35)". */
    StringBinding quorumState() {
        return status.attendance().quorumState();
    }

    BooleanBinding quorumMet() {
        return status.attendance().quorumMet();
    }

    /** Who has the floor now; null when nobody. */
    ReadOnlyObjectProperty<SpeakerRequest> speakingProperty() {
        return speaking;
    }

    /** "Nguyễn Văn An", or that nobody speaks. */
    StringBinding speakerName() {
        return speakerName;
    }

    /** "Ghế A05 · Thảo luận", or "Ghế A05 · Chất vấn → Giám đốc Sở Tài chính"; empty while nobody speaks. */
    StringBinding speakerKind() {
        return speakerKind;
    }

    StringBinding speakerTopic() {
        return speakerTopic;
    }

    /** "Thời gian còn lại", "Sắp hết thời gian" in the warning seconds, "Quá giờ" after the end. */
    StringBinding clockCaption() {
        return clockCaption;
    }

    /** "02:41", or "+00:12" over time; empty while nobody speaks. */
    StringBinding clockFigures() {
        return clockFigures;
    }

    ReadOnlyObjectProperty<SpeakingClock.Phase> clockPhase() {
        return status.speakers().clock().phaseProperty();
    }

    /** "Tiếp theo", or "Tiếp theo (5/7)" when more wait than are shown. */
    StringBinding nextHeading() {
        return nextHeading;
    }

    /** The first {@link #NEXT_SHOWN} waiting, next first. */
    ObjectBinding<List<Next>> next() {
        return next;
    }

    /** True while someone speaks or waits: the screen then shows the floor rather than the item alone. */
    BooleanBinding hasFloor() {
        return hasFloor;
    }
}
