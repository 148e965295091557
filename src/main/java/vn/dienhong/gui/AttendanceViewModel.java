package vn.dienhong.gui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.AttendanceSummary;

/**
 * Điểm danh as the operator keeps it: present / total against the quorum in one sentence, every
 * delegate's mark for the current sitting (filtered by name or seat), and marking by hand.
 */
final class AttendanceViewModel {
    private final HallServices services;
    private final OperatorCommands commands;
    private final CoalescedRead<Reading> read;
    private final ReadOnlyObjectWrapper<AttendanceSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AttendanceLine> lines = FXCollections.observableArrayList();
    private final FilteredList<AttendanceLine> shown = new FilteredList<>(lines);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringBinding quorumLine;
    private final StringBinding countsLine;
    private final StringBinding presentLine;
    private final StringBinding quorumState;
    private final BooleanBinding quorumMet;

    /** The summary and the list, read one after the other and shown together, so the count matches the rows. */
    private record Reading(AttendanceSummary summary, List<AttendanceLine> lines) {
    }

    AttendanceViewModel(HallServices services, Executor ui, LanguageModel language, OperatorErrors errors) {
        this.services = services;
        this.commands = OperatorCommands.floor(ui, errors);
        this.read = new CoalescedRead<>(services.executors(), ui,
                () -> new Reading(services.attendance().summary(), services.attendance().lines()),
                this::show, CoalescedRead.reportTo(errors));
        filter.addListener((o, old, now) -> shown.setPredicate(line -> matches(line, now)));
        quorumLine = language.bind(this::quorumLine, summary);
        countsLine = language.bind(m -> summary.get() == null ? "" : m.format("attendance.counts",
                summary.get().inHall(), summary.get().remote(), summary.get().excused(), summary.get().absent(),
                summary.get().unmarked()), summary);
        presentLine = language.bind(m -> summary.get() == null ? "" : m.format("attendance.present",
                summary.get().present(), summary.get().total(),
                VoteTexts.percent(m, summary.get().present(), summary.get().total())), summary);
        quorumState = language.bind(m -> summary.get() == null ? "" : m.format(summary.get().quorumMet()
                ? "attendance.state.met" : "attendance.state.notMet", summary.get().required()), summary);
        quorumMet = Bindings.createBooleanBinding(() -> summary.get() != null && summary.get().quorumMet(), summary);
    }

    private String quorumLine(Messages m) {
        AttendanceSummary s = summary.get();
        if (s == null) {
            return "";
        }
        return m.format(s.quorumMet() ? "attendance.quorum.met" : "attendance.quorum.notMet", s.present(), s.total(),
                s.required());
    }

    private static boolean matches(AttendanceLine line, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || line.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (line.seat() != null && line.seat().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private void show(Reading reading) {
        FreshRows.show(lines, reading.lines());
        summary.set(reading.summary());
    }

    /** Reads the sitting's attendance again (after an event, or when the meeting changed). */
    void refresh() {
        read.refresh();
    }

    /** Marks a delegate by hand; {@code reason} is needed for EXCUSED and ignored otherwise. */
    void mark(AttendanceLine line, AttendanceStatus status, String reason) {
        if (line == null) {
            return;
        }
        String why = status == AttendanceStatus.EXCUSED ? reason : null;
        commands.run(() -> services.attendance().mark(line.delegateId(), status, why), "error.attendance.mark",
                summary -> refresh());
    }

    /** A status in words: "Có mặt", "Tại điểm cầu", "Vắng có lý do", "Vắng mặt", "Chưa điểm danh". */
    static String statusText(Messages m, AttendanceStatus status) {
        return m.get("attendance.status." + status.name());
    }

    /** "Có mặt: 34/50 – Đủ số đại biểu để tiến hành (cần 34)"; empty before the first read. */
    StringBinding quorumLine() {
        return quorumLine;
    }

    /** "Tại hội trường: 30 · Tại điểm cầu: 4 · Vắng có lý do: 2 · Vắng mặt: 1 · Chưa điểm danh: 13". */
    StringBinding countsLine() {
        return countsLine;
    }

    /** "Có mặt: 48/52 đại biểu (92,31%)", as the hall's screen shows it; empty before the first read. */
    StringBinding presentLine() {
        return presentLine;
    }

    /** "Đủ số đại biểu để tiến hành (cần 35)" or "Chưa đủ số đại biểu (cần 35)"; empty before the first read. */
    StringBinding quorumState() {
        return quorumState;
    }

    BooleanBinding quorumMet() {
        return quorumMet;
    }

    ReadOnlyObjectProperty<AttendanceSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The delegates that match the filter, in seat order. */
    ObservableList<AttendanceLine> lines() {
        return shown;
    }

    /** What the operator typed to find a delegate: part of a name or a seat. */
    StringProperty filterProperty() {
        return filter;
    }

    /** True while a mark has not been answered yet. */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
