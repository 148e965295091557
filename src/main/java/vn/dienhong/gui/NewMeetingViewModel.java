package vn.dienhong.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.NewMeeting;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.MeetingKind;

/**
 * The "Cuộc họp mới" form: kind, title, place and dates, the sittings and agenda, and for a committee,
 * group or standing committee who takes part; the hall checks it, and its refusal is shown in the form.
 */
final class NewMeetingViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final HallServices services;
    private final LanguageModel language;
    private final OperatorErrors errors;
    private final OperatorCommands commands;
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.SESSION);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final MeetingDraftRows rows;
    private final ParticipantChoice participants;
    private final BooleanBinding needsParticipants;
    private final ReadOnlyObjectWrapper<Meeting> created = new ReadOnlyObjectWrapper<>();

    NewMeetingViewModel(HallServices services, Executor ui, LanguageModel language, LocalDate today) {
        this.services = services;
        this.language = language;
        this.errors = new OperatorErrors(language);
        this.commands = OperatorCommands.floor(ui, errors);
        this.participants = new ParticipantChoice(services, ui, errors);
        this.rows = new MeetingDraftRows(this::sittingTitle);
        startsOn.set(today);
        endsOn.set(today);
        rows.addSitting(today);
        needsParticipants = Bindings.createBooleanBinding(() -> needsParticipants(kind.get()), kind);
        startsOn.addListener((o, old, now) -> {
            if (now != null && (endsOn.get() == null || endsOn.get().isBefore(now))) {
                endsOn.set(now);
            }
            rows.moveSittings(old, now);
        });
    }

    /** A committee, group discussion or standing committee is held by those listed; a session by all. */
    static boolean needsParticipants(MeetingKind kind) {
        return kind != MeetingKind.SESSION && kind != MeetingKind.URGENT;
    }

    /** "Phiên họp sáng 15/12/2026" for a morning sitting, "Phiên họp chiều …" for an afternoon one. */
    private String sittingTitle(LocalDate day, boolean morning) {
        Messages m = language.messages();
        return m.format(morning ? "meeting.sitting.morning" : "meeting.sitting.afternoon",
                day == null ? "" : DAY.format(day));
    }

    /** Reads the council's delegates for the checklist. */
    void load() {
        participants.load();
    }

    /** Adds a sitting after the last one (the afternoon of its day, or the next morning). */
    void addSitting() {
        rows.addSitting(startsOn.get());
    }

    /** Checks what only the console can read (times, minutes), then asks the hall to create the meeting. */
    void create() {
        errors.clear();
        for (SittingDraft s : rows.sittings()) {
            if (!s.timeReadable()) {
                errors.show("error.meeting.time", s.titleProperty().get());
                return;
            }
        }
        for (ItemDraft i : rows.items()) {
            if (!i.minutesReadable()) {
                errors.show("error.meeting.minutes", i.titleProperty().get());
                return;
            }
        }
        NewMeeting spec = new NewMeeting(kind.get(), title.get(), place.get(), startsOn.get(), endsOn.get(),
                rows.sittings().stream().map(s -> new NewMeeting.Sitting(s.titleProperty().get(), s.startsAt()))
                        .toList(),
                rows.items().stream().map(i -> new NewMeeting.Item(i.titleProperty().get(), i.presenterProperty().get(),
                        i.minutesValue(), i.sittingProperty().get() == null ? 1 : i.sittingProperty().get())).toList(),
                needsParticipants(kind.get()) ? participants.tickedIds() : List.of());
        commands.run(() -> services.planner().create(spec), "error.meeting.create", created::set);
    }

    ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty placeProperty() {
        return place;
    }

    ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    /** The sittings and agenda items being written. */
    MeetingDraftRows rows() {
        return rows;
    }

    ParticipantChoice participants() {
        return participants;
    }

    /** True for the kinds whose participants are chosen one by one. */
    BooleanBinding needsParticipants() {
        return needsParticipants;
    }

    /** Why the hall refused the form, and what to change; empty when all is well. */
    ReadOnlyStringProperty errorProperty() {
        return errors.messageProperty();
    }

    /** The meeting the hall created (and now runs); null until then. */
    ReadOnlyObjectProperty<Meeting> createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** True while the hall has not answered. */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
