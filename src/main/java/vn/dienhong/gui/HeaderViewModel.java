package vn.dienhong.gui;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.MeetingSnapshot;
import vn.dienhong.model.Sitting;

/**
 * The console's title lines (council and term, meeting, sitting) and whether the data is a demo,
 * so the operator always sees which meeting the hall is running and never mistakes a demo for it.
 */
final class HeaderViewModel {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper councilLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meetingTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sittingLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();

    /** Redraws the lines for a meeting; the sitting is the current item's, since moving on can change it. */
    void show(MeetingSnapshot snapshot, AgendaItem currentItem, Messages messages) {
        councilLine.set(messages.format("header.council", snapshot.council().name(), snapshot.council().term()));
        meetingTitle.set(snapshot.meeting().title());
        demo.set(snapshot.meeting().demo());
        Sitting sitting = sittingOf(snapshot, currentItem);
        if (sitting == null) {
            sittingLine.set("");
        } else if (sitting.startsAt() == null) {
            sittingLine.set(sitting.title());
        } else {
            sittingLine.set(messages.format("header.sitting", sitting.title(), HOUR.format(sitting.startsAt())));
        }
    }

    private static Sitting sittingOf(MeetingSnapshot snapshot, AgendaItem item) {
        Long sittingId = item == null ? null : item.sittingId();
        return snapshot.sittings().stream().filter(s -> sittingId != null && s.id() == sittingId).findFirst()
                .orElse(snapshot.currentSitting());
    }

    /** "Hội đồng nhân dân tỉnh Lạc Hồng – khóa XVII". */
    ReadOnlyStringProperty councilLineProperty() {
        return councilLine.getReadOnlyProperty();
    }

    ReadOnlyStringProperty meetingTitleProperty() {
        return meetingTitle.getReadOnlyProperty();
    }

    /** "Phiên họp sáng 09/12/2026, khai mạc lúc 08:00". */
    ReadOnlyStringProperty sittingLineProperty() {
        return sittingLine.getReadOnlyProperty();
    }

    /** True when the meeting is demo data, which must never be taken for a real session. */
    ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }
}
