package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.MeetingKind;

/** The new-meeting form without a window: sittings that follow each other, times as people write them, the hall's answer. */
class NewMeetingViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    private final TestUi ui = new TestUi();
    private ConsoleTestHall hall;

    @AfterEach
    void close() {
        ui.close();
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void readsOpeningTimesTheWayPeopleWriteThem() {
        assertThat(SittingDraft.parseTime("08:00")).contains(LocalTime.of(8, 0));
        assertThat(SittingDraft.parseTime(" 8h30 ")).contains(LocalTime.of(8, 30));
        assertThat(SittingDraft.parseTime("14h")).contains(LocalTime.of(14, 0));
        assertThat(SittingDraft.parseTime("7.45")).contains(LocalTime.of(7, 45));
        assertThat(SittingDraft.parseTime("25:00")).isEmpty();
        assertThat(SittingDraft.parseTime("tám giờ")).isEmpty();
        assertThat(SittingDraft.parseTime("")).isEmpty();
    }

    @Test
    void addsSittingsMorningThenAfternoonAndMovesThemWithTheFirstDay() {
        NewMeetingViewModel model = form();
        MeetingDraftRows rows = model.rows();
        model.addSitting();
        model.addSitting();
        assertThat(rows.sittings()).extracting(s -> s.titleProperty().get()).containsExactly(
                "Phiên họp sáng 15/12/2026", "Phiên họp chiều 15/12/2026", "Phiên họp sáng 16/12/2026");
        assertThat(rows.sittings()).extracting(SittingDraft::startsAt).containsExactly(
                LocalDateTime.of(2026, 12, 15, 8, 0), LocalDateTime.of(2026, 12, 15, 14, 0),
                LocalDateTime.of(2026, 12, 16, 8, 0));
        rows.sittings().get(1).titleProperty().set("Phiên thảo luận tổ");

        model.startsOnProperty().set(DAY.plusDays(2));
        assertThat(model.endsOnProperty().get()).as("the end follows a start moved past it").isEqualTo(DAY.plusDays(2));
        assertThat(rows.sittings()).extracting(s -> s.titleProperty().get()).containsExactly(
                "Phiên họp sáng 17/12/2026", "Phiên thảo luận tổ", "Phiên họp sáng 18/12/2026");
        assertThat(rows.sittings().get(1).dateProperty().get()).isEqualTo(DAY.plusDays(2));

        rows.addItem();
        assertThat(rows.items().get(0).sittingProperty().get()).as("a new item goes to the last sitting").isEqualTo(3);
        rows.removeSitting(rows.sittings().get(2));
        assertThat(rows.items().get(0).sittingProperty().get()).as("items stay in a sitting that exists").isEqualTo(2);
        assertThat(rows.sittingNumbers()).containsExactly(1, 2);
        rows.removeSitting(rows.sittings().get(1));
        rows.removeSitting(rows.sittings().get(0));
        assertThat(rows.sittings()).as("a meeting keeps at least one sitting").hasSize(1);
    }

    @Test
    void refusesUnreadableMinutesItselfAndCreatesAGroupDiscussionThroughTheHall() throws Exception {
        hall = ConsoleTestHall.demo();
        NewMeetingViewModel model = ui.on(() -> new NewMeetingViewModel(hall.services, ui.executor(),
                new LanguageModel(Locale.forLanguageTag("vi")), DAY));
        ui.run(() -> {
            model.load();
            model.kindProperty().set(MeetingKind.GROUP_DISCUSSION);
            model.titleProperty().set("Thảo luận tổ về kinh tế – xã hội");
            model.rows().addItem();
            model.rows().items().get(0).titleProperty().set("Thảo luận báo cáo kinh tế – xã hội");
            model.rows().items().get(0).minutesProperty().set("90 phút");
            model.create();
        });
        assertThat(ui.on(() -> model.errorProperty().get())).isEqualTo("Không tạo được cuộc họp: số phút của nội dung "
                + "“Thảo luận báo cáo kinh tế – xã hội” phải là một số, ví dụ 30 (hoặc để trống). Sửa lại rồi bấm “Tạo cuộc họp”.");

        ui.await(() -> model.participants().shown().size() == ConsoleTestHall.DELEGATES);
        ui.run(() -> {
            model.rows().items().get(0).minutesProperty().set("90");
            model.participants().filterProperty().set("Tổ đại biểu số 2");
            model.participants().tickShown(true);
            model.create();
        });
        ui.await(() -> model.createdProperty().get() != null);
        assertThat(ui.on(() -> model.participants().countProperty().get())).isEqualTo(8);
        assertThat(ui.on(() -> model.errorProperty().get())).isEmpty();
        assertThat(hall.snapshot().meeting().kind()).isEqualTo(MeetingKind.GROUP_DISCUSSION);
        assertThat(hall.services.attendance().summary().total()).isEqualTo(8);
        assertThat(hall.snapshot().agenda().get(0).durationMinutes()).isEqualTo(90);
    }

    private NewMeetingViewModel form() {
        hall = ConsoleTestHall.empty();
        return new NewMeetingViewModel(hall.services, Runnable::run, new LanguageModel(Locale.forLanguageTag("vi")), DAY);
    }
}
