package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dienhong.logic.NewMeeting;
import vn.dienhong.model.MeetingKind;

/**
 * The operator prepares another meeting (a committee of three) while a delegate's tablet is open, in a real
 * Chromium against a real hall: on meeting.changed the tablet shows the new title, agenda and attendance
 * against the committee's own quorum, and the check-in starts afresh for its sitting, without a re-login.
 * A class of its own, because the hall's running meeting changes for good.
 */
class TabletMeetingChangeBrowserTest {
    @RegisterExtension
    static final WebHall web = new WebHall(1024, 768, "/");

    private final Browser browser = web.browser();

    @Test
    void anotherMeetingReachesTheTabletWithoutLoggingInAgain() {
        browser.logIn("db003", WebHall.DEMO_PIN);
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
        browser.tap("#check-in");
        browser.waitText("#checked-in", "✓ Bạn đã điểm danh – có mặt");
        browser.script("window.__sameTablet = true;");

        List<Long> members = List.of(web.account("db003").delegateId(), web.account("db004").delegateId(),
                web.account("db005").delegateId());
        LocalDate day = LocalDate.now();
        String title = "Họp Ban Kinh tế – Ngân sách: thẩm tra dự toán năm 2027";
        web.hall().services().planner().create(new NewMeeting(MeetingKind.COMMITTEE, title, "Phòng họp số 2", day, day,
                List.of(new NewMeeting.Sitting("Phiên họp sáng", LocalDateTime.of(day, LocalTime.of(8, 0)))),
                List.of(new NewMeeting.Item("Thẩm tra dự toán ngân sách năm 2027", "Trưởng Ban Kinh tế – Ngân sách", 45, 1)),
                members)).join();

        browser.waitText("#meeting-title", title);
        browser.waitTextContains("#agenda-list", "Thẩm tra dự toán ngân sách năm 2027");
        browser.waitText("#attendance-count", "Có mặt: 0/3 đại biểu (0,00%)");
        assertThat(browser.text("#quorum-line")).isEqualTo("⚠ Chưa đủ số đại biểu (cần 2)");
        assertThat(browser.displayed("#check-in")).as("a new sitting: check in again").isTrue();
        browser.tap("#check-in");
        browser.waitText("#checked-in", "✓ Bạn đã điểm danh – có mặt");
        browser.waitText("#attendance-count", "Có mặt: 1/3 đại biểu (33,33%)");
        assertThat(browser.script("return window.__sameTablet === true;")).isEqualTo(true);
    }
}
