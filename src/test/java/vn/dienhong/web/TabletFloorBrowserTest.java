package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.dienhong.TestHall;
import vn.dienhong.model.Account;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.OpinionStatus;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;
import vn.dienhong.model.VoteForm;

/**
 * The floor on the delegate tablet in a real Chromium against a real hall: check-in and the hall's count
 * against the quorum; asking to speak (a question naming an official, a discussion, a debate replying to a
 * speech heard), the queue and withdrawing; the floor given from Java and the time left, with the warning
 * and overtime on the server's clock; opinions to the chair with the 4,000-character limit and their
 * status; notices that pop up (after a vote, never over it); an official's questions; a guest without
 * controls. axe-core scans of each screen. Screenshots: tablet-floor.png, tablet-speak.png,
 * tablet-opinion.png, tablet-notice.png.
 */
class TabletFloorBrowserTest {
    /** A 10-inch tablet held in landscape; the floor and any open vote are cleared after each test. */
    @RegisterExtension
    static final WebHall web = new WebHall(1024, 768, "/");

    private final TestHall hall = web.hall();
    private final Browser browser = web.browser();

    @AfterEach
    void clearTheFloor() {
        web.clearFloor();
    }

    @Test
    void delegateChecksInAndSeesTheHallCountAgainstTheQuorum() {
        int before = hall.services().attendance().summary().present();
        logIn("db010");
        browser.waitText("#attendance-count", presentLine(before));
        assertThat(browser.text("#quorum-line")).isEqualTo("⚠ Chưa đủ số đại biểu (cần 34)");
        assertThat(browser.text("#check-in")).isEqualTo("Điểm danh");
        assertThat(browser.find("#check-in").getSize().getHeight()).as("a large target").isGreaterThanOrEqualTo(70);
        browser.assertNoSeriousAccessibilityViolations("meeting with check-in");
        atTop();
        browser.screenshot("tablet-checkin.png");

        browser.tap("#check-in");
        browser.waitText("#checked-in", "✓ Bạn đã điểm danh – có mặt");
        browser.waitText("#attendance-count", presentLine(before + 1));
        assertThat(browser.displayed("#check-in")).isFalse();
        assertThat(hall.services().attendance().lines().stream()
                .filter(l -> l.delegateId() == web.account("db010").delegateId()).findFirst().orElseThrow().status())
                .isEqualTo(AttendanceStatus.PRESENT);

        // others check in elsewhere or are marked by the secretary: the count follows live, up to the quorum
        for (int i = 11; hall.services().attendance().summary().present() < 34; i++) {
            long delegate = web.account(String.format("db%03d", i)).delegateId();
            hall.services().attendance().mark(delegate, i % 2 == 0 ? AttendanceStatus.REMOTE : AttendanceStatus.PRESENT,
                    null).join();
        }
        browser.waitText("#attendance-count", presentLine(34));
        browser.waitText("#quorum-line", "✓ Đủ số đại biểu để tiến hành (cần 34)");

        // a reload on the same tablet still knows this delegate checked in
        browser.driver().navigate().refresh();
        browser.waitText("#checked-in", "✓ Bạn đã điểm danh – có mặt");
        browser.waitText("#attendance-count", presentLine(34));
        atTop();
        browser.screenshot("tablet-checked-in.png");
    }

    @Test
    void delegateAsksAQuestionNamingAnOfficialSeesItQueuedAndWithdrawsIt() {
        Account ubnd = web.account("ubnd", "ubnd-demo");
        logIn("db020");
        openSection("speak");
        browser.waitText("#floor-now .floor-none", "Hiện chưa có đại biểu phát biểu.");
        browser.waitText("#queue .empty", "Chưa có đại biểu nào đăng ký phát biểu.");

        browser.tap("#ask-open");
        browser.waitVisible("#kind-set");
        assertThat(browser.texts("#kind-set .tile-title")).containsExactly("Thảo luận", "Chất vấn", "Tranh luận",
                "Kiến nghị về thủ tục");
        browser.tap("#speak-send");
        browser.waitText("#speak-error", "Hãy chọn hình thức phát biểu.");
        browser.tap("label[for=kind-QUESTION]");
        browser.waitVisible("#respondent-set");
        browser.tap("#speak-send");
        browser.waitText("#speak-error", "Hãy chọn người trả lời chất vấn.");
        assertThat(browser.texts("#respondent-set .tile-title")).contains(ubnd.displayName());
        browser.tap("label[for=respondent-" + ubnd.id() + "]");
        browser.type("#speak-topic", "Tiến độ giải ngân vốn đầu tư công");
        assertThat(browser.find("#respondent-" + ubnd.id()).isSelected()).isTrue();
        browser.assertNoSeriousAccessibilityViolations("speak form");
        browser.script("document.getElementById('speak-form').scrollIntoView({ block: 'start' });");
        browser.screenshot("tablet-speak.png");

        browser.tap("#speak-send");
        browser.waitText("#speak-status", "Đã đăng ký phát biểu (Chất vấn).");
        SpeakerRequest asked = web.speakers().queue().stream().filter(r -> r.delegateId() == delegateId("db020"))
                .findFirst().orElseThrow();
        assertThat(asked.kind()).isEqualTo(SpeakerKind.QUESTION);
        assertThat(asked.respondentId()).isEqualTo(ubnd.id());
        assertThat(asked.topic()).isEqualTo("Tiến độ giải ngân vốn đầu tư công");
        browser.waitText("#speak-mine .mine-place", "Thứ 1 trong hàng chờ");
        String queued = browser.text("#queue-list .queue-item");
        assertThat(queued).contains("Chất vấn").contains("Người trả lời: " + ubnd.displayName()).contains("Bạn")
                .contains("Tiến độ giải ngân vốn đầu tư công");

        browser.tap("#withdraw-" + asked.id());
        browser.waitText("#speak-status", "Đã rút đăng ký phát biểu (Chất vấn).");
        browser.waitText("#queue .empty", "Chưa có đại biểu nào đăng ký phát biểu.");
        assertThat(web.speakers().queue()).noneMatch(r -> r.id() == asked.id());
        assertThat(browser.present("#speak-mine .mine-item")).isFalse();
    }

    @Test
    void delegateGivenTheFloorSeesTheTimeLeftThenTheWarningAndOvertime() {
        SpeakerRequest first = web.ask("db031", SpeakerKind.DISCUSSION, null, "Dự toán ngân sách năm 2027");
        web.ask("db032", SpeakerKind.POINT_OF_ORDER, null, null);
        web.ask("db033", SpeakerKind.QUESTION, "soyte", "Thiếu thuốc tại bệnh viện tuyến huyện");
        logIn("db030");
        openSection("speak");
        browser.tap("#ask-open");
        browser.tap("label[for=kind-DISCUSSION]");
        browser.tap("#speak-send");
        browser.waitText("#speak-status", "Đã đăng ký phát biểu (Thảo luận).");
        browser.waitText("#speak-mine .mine-place", "Thứ 4 trong hàng chờ");
        SpeakerRequest mine = own("db030", SpeakerKind.DISCUSSION);

        // another delegate has the floor: who, the kind, and the time left on the server's clock
        web.speakers().giveFloor(first.id()).join();
        browser.waitTextContains("#floor-now .floor-name", nameOf("db031"));
        assertThat(browser.text("#floor-now .floor-kicker")).isEqualToIgnoringCase("Đang phát biểu");
        assertThat(browser.text("#floor-now .floor-details")).contains("Thảo luận");
        browser.waitTextMatches("#floor-time-value", "0[67]:[0-5][0-9]");
        assertThat(browser.text("#floor-time .turn-label")).isEqualTo("Thời gian còn lại");
        browser.waitText("#speak-mine .mine-place", "Thứ 3 trong hàng chờ");
        assertThat(browser.texts("#queue-list .queue-name")).hasSize(3);
        browser.assertNoSeriousAccessibilityViolations("speak (floor and queue)");
        browser.script("document.getElementById('floor-now').scrollIntoView({ block: 'start' });");
        browser.screenshot("tablet-floor.png");

        // the floor is this delegate's: on every section, in large type
        web.speakers().giveFloor(mine.id()).join();
        browser.waitTextMatches("#floor-now .floor-you-line", "Bạn đang phát biểu\\s*–\\s*còn\\s*0[67]:[0-5][0-9]");
        assertThat(browser.find("#floor-now").getAttribute("data-state")).isEqualTo("own");
        openSection("agenda");
        assertThat(browser.displayed("#floor-now .floor-you")).isTrue();
        assertThat(browser.displayed("#agenda-list")).isTrue();

        // the server's clock moves on (the tablet's own clock is shifted): the last minute, then overtime
        browser.script("const real = Date.now.bind(Date); window.__shift = 0; Date.now = () => real() + window.__shift;");
        browser.script("window.__shift = 380000;");
        browser.waitUntil("the last minute is a warning", () -> "warning".equals(phase()));
        browser.waitTextMatches("#floor-now .floor-you-line", "Bạn đang phát biểu\\s*–\\s*chỉ còn\\s*00:[0-5][0-9]");
        atTop();
        browser.screenshot("tablet-floor-warning.png");
        browser.script("window.__shift = 440000;");
        browser.waitUntil("past the end is overtime", () -> "over".equals(phase()));
        browser.waitTextMatches("#floor-now .floor-you-line", "Bạn đang phát biểu\\s*–\\s*quá giờ\\s*\\+00:[0-5][0-9]");
        browser.assertNoSeriousAccessibilityViolations("agenda while speaking overtime");
        browser.script("window.__shift = 0;");

        // the chair ends the turn: a debate may now reply to the speeches this tablet heard
        web.speakers().endTurn(mine.id()).join();
        browser.waitHidden("#floor-now");
        openSection("speak");
        browser.waitText("#floor-now .floor-none", "Hiện chưa có đại biểu phát biểu.");
        browser.tap("#ask-open");
        browser.tap("label[for=kind-DEBATE]");
        browser.waitVisible("#reply-set");
        assertThat(browser.texts("#reply-set .tile-title")).containsExactly(nameOf("db031") + " (ghế "
                + seatOf(first) + ")");
        browser.tap("label[for=reply-" + first.id() + "]");
        browser.tap("#speak-send");
        browser.waitText("#speak-status", "Đã đăng ký phát biểu (Tranh luận).");
        browser.waitText("#speak-mine .mine-place", "Thứ 3 trong hàng chờ");
        assertThat(own("db030", SpeakerKind.DEBATE).replyToId()).isEqualTo(first.id());
        assertThat(browser.text("#speak-mine")).contains("Tranh luận với: " + nameOf("db031"));
    }

    @Test
    void delegateSendsAnOpinionToTheChairAndSeesItsStatus() {
        logIn("db040");
        openSection("opinions");
        browser.waitText("#my-opinions .empty", "Bạn chưa gửi ý kiến nào.");
        assertThat(browser.text("#opinion-count")).isEqualTo("0/4.000 ký tự");

        browser.tap("#opinion-send");
        browser.waitText("#opinion-error", "Hãy viết ý kiến trước khi gửi.");
        assertThat(browser.find("#opinion-text").getAttribute("aria-invalid")).isEqualTo("true");

        // the box takes no more than 4,000 characters…
        browser.script("const t = document.getElementById('opinion-text'); t.value = 'a'.repeat(3995);"
                + "t.dispatchEvent(new Event('input', { bubbles: true }));");
        browser.find("#opinion-text").sendKeys("bcdefgh");
        browser.waitText("#opinion-count", "4.000/4.000 ký tự");
        assertThat(((Number) browser.script("return document.getElementById('opinion-text').value.length;")).intValue())
                .isEqualTo(4000);
        // …and a longer text that got in anyway is refused by the server, in words
        browser.script("const t = document.getElementById('opinion-text'); t.value = 'x'.repeat(4001);"
                + "t.dispatchEvent(new Event('input', { bubbles: true }));");
        browser.waitText("#opinion-count", "4.001/4.000 ký tự – dài quá");
        browser.tap("#opinion-send");
        browser.waitText("#opinion-error", "Ý kiến dài quá 4.000 ký tự cho phép. Hãy rút gọn rồi gửi lại.");
        assertThat(hall.services().opinions().sentBy(delegateId("db040"))).isEmpty();

        String first = "Đề nghị Chủ tọa bố trí thêm thời gian thảo luận về dự toán ngân sách năm 2027.";
        browser.type("#opinion-text", first);
        browser.tap("#opinion-send");
        browser.waitText("#opinion-sent", "Đã gửi ý kiến đến Chủ tọa.");
        assertThat(browser.find("#opinion-text").getAttribute("value")).isEmpty();
        browser.waitText("#opinion-list .opinion-item .status-chip", "Mới gửi");
        assertThat(browser.text("#opinion-list .opinion-item .opinion-text")).isEqualTo(first);
        List<Opinion> sent = hall.services().opinions().sentBy(delegateId("db040"));
        assertThat(sent).singleElement().satisfies(o -> assertThat(o.text()).isEqualTo(first));

        String second = "Kiến nghị công bố danh sách dự án chậm giải ngân trước phiên chất vấn.";
        browser.type("#opinion-text", second);
        browser.tap("#opinion-send");
        browser.waitUntil("two opinions listed", () -> browser.texts("#opinion-list .opinion-item").size() == 2);

        // the chair reads the first one in the console: its status changes on the tablet
        hall.services().opinions().setStatus(sent.get(0).id(), OpinionStatus.READ).join();
        browser.waitText("#opinion-list [data-opinion='" + sent.get(0).id() + "'] .status-chip", "Chủ tọa đã đọc");
        assertThat(browser.texts("#opinion-list .status-chip")).containsExactly("Mới gửi", "Chủ tọa đã đọc");
        browser.type("#opinion-text", "Đề nghị Ban Kinh tế – Ngân sách giải trình thêm về");
        browser.waitText("#opinion-count", "50/4.000 ký tự");
        browser.assertNoSeriousAccessibilityViolations("opinions");
        browser.script("document.getElementById('opinion-form').scrollIntoView({ block: 'start' });");
        browser.screenshot("tablet-opinion.png");
    }

    @Test
    void noticePopsUpAtOnceButNeverOverAVote() {
        logIn("db045");
        String text = "Đề nghị các đại biểu có mặt tại hội trường lúc 13 giờ 45 để tiếp tục phiên họp chiều.";
        hall.services().notices().post(text).join();
        browser.waitVisible("#notice-dialog");
        assertThat(browser.text("#notice-dialog-heading")).contains("Thông báo mới");
        assertThat(browser.text("#notice-dialog-body")).contains(text);
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("notice-ok");
        browser.assertNoSeriousAccessibilityViolations("notice dialog");
        browser.screenshot("tablet-notice.png");
        browser.tap("#notice-ok");
        browser.waitHidden("#notice-dialog");

        openSection("notices");
        browser.waitTextContains("#notice-list .notice-item", text);
        browser.assertNoSeriousAccessibilityViolations("notices");

        // a vote comes first: the notice waits until the vote screen has gone
        web.open("Biểu quyết thông qua Nghị quyết về chương trình giám sát năm 2027", VoteForm.OPEN, null);
        browser.waitVisible("#screen-vote");
        String later = "Đoàn đại biểu tỉnh bạn đến thăm kỳ họp lúc 15 giờ.";
        hall.services().notices().post(later).join();
        browser.waitTextContains("#notice-list", later);
        assertThat(browser.displayed("#notice-dialog")).isFalse();
        web.votes().cancel(web.votes().current().orElseThrow().id()).join();
        browser.waitHidden("#screen-vote");
        browser.waitVisible("#notice-dialog");
        assertThat(browser.text("#notice-dialog-body")).contains(later).doesNotContain(text);
        browser.tap("#notice-ok");
        browser.waitHidden("#notice-dialog");
    }

    @Test
    void officialSeesTheQuestionsAddressedToThem() {
        web.ask("db025", SpeakerKind.QUESTION, "ubnd", "Giải phóng mặt bằng dự án vành đai 2");
        web.ask("db026", SpeakerKind.QUESTION, "sotaichinh", "Nợ đọng thuế");
        browser.logIn("ubnd", "ubnd-demo");
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
        assertThat(browser.present("#nav-opinions")).isFalse();
        assertThat(browser.displayed("#check-in")).isFalse();
        openSection("speak");
        browser.waitText("#questions-heading", "Câu hỏi chất vấn gửi đến bạn");
        browser.waitUntil("one question for ubnd", () -> browser.texts("#question-list .question-item").size() == 1);
        assertThat(browser.text("#question-list .question-item")).contains(nameOf("db025"))
                .contains("Giải phóng mặt bằng dự án vành đai 2").contains("Đang chờ đến lượt")
                .doesNotContain("Nợ đọng thuế");
        assertThat(browser.present("#ask-open")).isFalse();
        assertThat(browser.text("#speak-note")).startsWith("Người trả lời chất vấn không đăng ký phát biểu");

        // another question arrives and one is put: the list follows the queue
        SpeakerRequest next = web.ask("db027", SpeakerKind.QUESTION, "ubnd", null);
        browser.waitUntil("two questions for ubnd", () -> browser.texts("#question-list .question-item").size() == 2);
        web.speakers().giveFloor(next.id()).join();
        browser.waitTextContains("#question-list [data-request='" + next.id() + "']", "Đang chất vấn");
        browser.assertNoSeriousAccessibilityViolations("speak (official)");
    }

    @Test
    void guestFollowsTheQueueAndTheFloorWithoutControls() {
        SpeakerRequest asked = web.ask("db028", SpeakerKind.DISCUSSION, null, null);
        browser.logIn("guest", "guest-demo");
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
        browser.waitTextMatches("#attendance-count", "Có mặt: \\d+/50 đại biểu \\(.*%\\)");
        assertThat(browser.displayed("#check-in")).isFalse();
        assertThat(browser.texts("#tablet-nav .nav-label")).containsExactly("Chương trình", "Tài liệu", "Phát biểu",
                "Thông báo");

        openSection("speak");
        browser.waitTextContains("#queue-list", nameOf("db028"));
        assertThat(browser.present("#ask-open")).isFalse();
        assertThat(browser.text("#speak-note")).isEqualTo(
                "Bạn theo dõi hàng chờ phát biểu; khách mời không đăng ký phát biểu.");
        web.speakers().giveFloor(asked.id()).join();
        browser.waitTextContains("#floor-now .floor-name", nameOf("db028"));
        browser.assertNoSeriousAccessibilityViolations("speak (guest)");

        browser.tap("#lang-toggle");
        browser.waitText("#nav-speak .nav-label", "Speaking");
        assertThat(browser.text("#floor-now .floor-kicker")).isEqualToIgnoringCase("Speaking now");
        assertThat(browser.text("#speak-note")).isEqualTo("You can follow the speakers’ queue; guests do not ask to speak.");
        atTop();
        browser.screenshot("tablet-floor-guest-en.png");
        browser.tap("#lang-toggle");
        browser.waitText("#nav-speak .nav-label", "Phát biểu");
    }

    // ---- helpers ----

    private void logIn(String username) {
        browser.logIn(username, WebHall.DEMO_PIN);
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
    }

    private void openSection(String name) {
        browser.tap("#nav-" + name);
        browser.waitUntil(name + " is the section on screen",
                () -> "page".equals(browser.find("#nav-" + name).getAttribute("aria-current")));
    }

    private void atTop() {
        browser.script("window.scrollTo(0, 0);");
    }

    private static String presentLine(int present) {
        return String.format("Có mặt: %d/50 đại biểu (%s%%)", present,
                String.format(java.util.Locale.ROOT, "%.2f", present * 2.0).replace('.', ','));
    }

    private String phase() {
        List<WebElement> found = browser.driver().findElements(By.cssSelector("#floor-time"));
        return found.isEmpty() ? null : found.get(0).getAttribute("data-phase");
    }

    private static long delegateId(String username) {
        return web.account(username).delegateId();
    }

    private static String nameOf(String username) {
        return web.account(username).displayName();
    }

    private static String seatOf(SpeakerRequest r) {
        return r.seat();
    }

    private static SpeakerRequest own(String username, SpeakerKind kind) {
        long delegate = delegateId(username);
        return web.speakers().queue().stream().filter(r -> r.delegateId() == delegate && r.kind() == kind
                && r.status() == SpeakerStatus.WAITING).findFirst().orElseThrow();
    }
}
