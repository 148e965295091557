package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.web.Browser.CONNECTED;
import static vn.dienhong.web.Browser.CONNECTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import vn.dienhong.export.TextPdfWriter;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.LibraryEntry;
import vn.dienhong.model.NewDocument;

/**
 * The session documents on the delegate tablet in a real Chromium against a real hall: the library by
 * category (in the order councils use) and by agenda item, with "Mới"; the pdf.js reader drawing real
 * pixels under the server's Content-Security-Policy, turning pages with buttons and keys; "Tra cứu tài
 * liệu" with the words marked whatever their accents, opening the hit's page; "Ghi chú của tôi" kept on
 * the server for their author only; a document replaced and withdrawn while it is open; and the time a
 * 100-page document takes to show its first page. axe-core scans of the library, the search and the
 * reader. Screenshots: tablet-documents.png, tablet-search.png, tablet-reader.png.
 */
class TabletDocumentsBrowserTest {
    /** A 10-inch tablet held upright. */
    @RegisterExtension
    static final WebHall web = new WebHall(800, 1280, "/");

    private static final List<String> CATEGORIES = List.of("Chương trình kỳ họp", "Báo cáo", "Dự thảo báo cáo",
            "Tờ trình", "Dự thảo nghị quyết", "Ý kiến, kiến nghị cử tri", "Danh sách đại biểu", "Thông báo",
            "Tài liệu tham khảo", "Tổng hợp báo chí");
    private static final String ECONOMY = "Báo cáo tình hình kinh tế – xã hội năm 2026, phương hướng, nhiệm vụ năm 2027";
    private static final String BUDGET_RESOLUTION =
            "Dự thảo Nghị quyết về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh năm 2027";

    private final Browser browser = web.browser();

    @Test
    void delegateBrowsesTheLibraryAndReadsADocument() {
        logIn("db030");
        openDocuments();
        browser.waitUntil("the library is listed", () -> browser.texts(".doc-group-heading").size() == CATEGORIES.size());
        assertThat(browser.texts(".doc-group-heading").stream().map(h -> h.replaceAll(" \\(\\d+\\)$", "")))
                .containsExactlyElementsOf(CATEGORIES);
        String row = browser.text(rowOf(ECONOMY));
        assertThat(row).contains(ECONOMY).contains("Số: 245/BC-UBND").containsPattern("\\d+ trang").contains("Mới");
        assertThat(browser.find(rowOf(ECONOMY)).getSize().getHeight()).as("a large target").isGreaterThanOrEqualTo(60);
        browser.assertNoSeriousAccessibilityViolations("documents library");
        atTop();
        browser.screenshot("tablet-documents.png");

        // by agenda item: the items in order, the general documents last
        browser.tap("#docs-by [data-by=agenda]");
        browser.waitUntil("grouped by agenda item", () -> browser.texts(".doc-group-heading").get(0).startsWith("Nội dung 1."));
        List<String> byItem = browser.texts(".doc-group-heading");
        assertThat(byItem.get(byItem.size() - 1)).startsWith("Tài liệu chung của kỳ họp");
        assertThat(browser.text(rowOf(ECONOMY))).contains("Báo cáo");
        browser.tap("#docs-by [data-by=category]");
        browser.waitUntil("grouped by category", () -> browser.texts(".doc-group-heading").get(0).startsWith("Chương trình kỳ họp"));

        browser.script("window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                + "(e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        browser.tap(rowOf(ECONOMY));
        waitDrawn(1);
        int pages = documentOf(ECONOMY).pages();
        assertThat(pages).isGreaterThan(1);
        browser.waitText("#reader-page", "Trang 1/" + pages);
        browser.waitText("#reader-title", ECONOMY);
        assertThat(darkPixels()).as("the first page is drawn, not blank").isGreaterThan(500);
        assertThat(browser.find("#page-next").getSize().getHeight()).as("a large page turn").isGreaterThanOrEqualTo(60);
        assertThat(browser.find("#page-prev").isEnabled()).isFalse();

        browser.tap("#page-next");
        waitDrawn(2);
        browser.waitText("#reader-page", "Trang 2/" + pages);
        assertThat(darkPixels()).isGreaterThan(500);
        browser.find("#reader-view").sendKeys(Keys.ARROW_LEFT);
        waitDrawn(1);
        browser.waitText("#reader-page", "Trang 1/" + pages);

        // zoom and the large-text mode, which stays on
        browser.tap("#zoom-in");
        browser.waitTextContains("#zoom-level", "125%");
        browser.tap("#zoom-fit");
        browser.waitTextContains("#zoom-level", "100%");
        browser.tap("#large-text");
        browser.waitTextContains("#zoom-level", "150%");
        assertThat(browser.find("#large-text").getAttribute("aria-pressed")).isEqualTo("true");
        browser.tap("#large-text");
        browser.waitTextContains("#zoom-level", "100%");
        waitDrawn(1);
        browser.waitUntil("thumbnails drawn", () -> browser.present("#reader-thumbs .thumb[data-drawn=yes]"));
        assertThat((List<?>) browser.script("return window.cspViolations;"))
                .as("pdf.js runs under the server's Content-Security-Policy").isEmpty();

        browser.assertNoSeriousAccessibilityViolations("document reader");
        browser.screenshot("tablet-reader.png");
        browser.tap("#lang-toggle");
        browser.waitText("#page-next", "Next page ▶");
        assertThat(browser.text("#reader-page")).isEqualTo("Page 1/" + pages);
        assertThat(browser.text("#notes-toggle")).isEqualTo("My notes (0)");
        browser.tap("#lang-toggle");
        browser.waitText("#page-next", "Trang sau ▶");

        // back in the library the document is no longer new
        browser.tap("#reader-back");
        browser.waitUntil("opened: no longer new", () -> !browser.text(rowOf(ECONOMY)).contains("Mới"));
        assertThat(opened("db030", ECONOMY)).isTrue();

        // the same in landscape
        browser.setViewport(1280, 800);
        try {
            browser.tap(rowOf(ECONOMY));
            waitDrawn(1);
            browser.tap("#notes-toggle");
            browser.waitVisible("#note-text");
            browser.screenshot("tablet-reader-landscape.png");
        } finally {
            browser.setViewport(800, 1280);
        }
    }

    @Test
    void searchMarksTheWordsAndOpensTheHitsPage() {
        logIn("db032");
        openDocuments();
        browser.type("#doc-search", "nghi quyet ngan sach");
        browser.waitUntil("hits listed", () -> browser.present("#search-results .hit"));
        browser.waitTextMatches("#doc-search-status", "Tìm thấy \\d+ trang có “nghi quyet ngan sach”\\.");
        String hit = "#search-results .hit[data-doc='" + documentOf(BUDGET_RESOLUTION).id() + "']";
        browser.waitVisible(hit);
        assertThat(browser.text(hit + " .hit-title")).isEqualTo(BUDGET_RESOLUTION);
        assertThat(browser.text(hit + " .hit-page")).matches("Trang \\d+");
        assertThat(browser.texts(hit + " .hit-snippet mark")).contains("Nghị", "quyết").contains("ngân", "sách");
        assertThat(browser.displayed("#doc-library")).as("the hits stand in for the library").isFalse();
        browser.assertNoSeriousAccessibilityViolations("documents search");
        atTop();
        browser.screenshot("tablet-search.png");

        int page = Integer.parseInt(browser.find(hit).getAttribute("data-page"));
        browser.tap(hit);
        waitDrawn(page);
        browser.waitText("#reader-page", "Trang " + page + "/" + documentOf(BUDGET_RESOLUTION).pages());
        browser.waitText("#reader-title", BUDGET_RESOLUTION);

        // nothing found: said in words
        browser.tap("#reader-back");
        browser.type("#doc-search", "khongcotukhoanay");
        browser.waitText("#doc-search-status", "Không tìm thấy trang nào có “khongcotukhoanay”. Hãy thử từ khác hoặc bớt từ.");
        browser.tap("#doc-search-clear");
        browser.waitVisible("#doc-library");
    }

    @Test
    void notesStayOnTheServerForTheirAuthorOnly() {
        logIn("db033");
        openDocuments();
        browser.tap(rowOf(ECONOMY));
        waitDrawn(1);
        browser.tap("#notes-toggle");
        browser.waitText("#notes-toggle", "Ghi chú của tôi (0)");
        browser.waitText("#note-list-box .empty", "Bạn chưa có ghi chú nào cho tài liệu này.");
        browser.tap("#note-save");
        browser.waitText("#note-error", "Hãy viết ghi chú hoặc chọn một đoạn trên trang trước khi lưu.");

        // a passage selected on page 2 becomes the note's quote
        browser.tap("#page-next");
        waitDrawn(2);
        browser.waitUntil("the text layer is laid", () -> browser.present("#pdf-page .textLayer span"));
        String quote = (String) browser.script("""
                const span = [...document.querySelectorAll('#pdf-page .textLayer span')].find(s => s.textContent.trim().length > 8);
                const range = document.createRange();
                range.selectNodeContents(span);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return span.textContent.replace(/\\s+/g, ' ').trim();""");
        browser.waitUntil("the selection is the quote", () -> browser.present("#note-quote q"));
        assertThat(browser.text("#note-quote q")).isEqualTo(quote);
        browser.waitText("#note-label", "Ghi chú cho trang 2");
        browser.type("#note-text", "Đề nghị làm rõ số liệu tăng trưởng.");
        browser.tap("#note-save");
        browser.waitText("#note-status", "Đã lưu ghi chú cho trang 2.");
        browser.waitText("#notes-toggle", "Ghi chú của tôi (1)");
        assertThat(browser.text("#note-list .note-item")).contains("Trang 2").contains(quote)
                .contains("Đề nghị làm rõ số liệu tăng trưởng.");

        // after a reload it is still there, and its link turns to its page
        browser.driver().navigate().refresh();
        browser.waitVisible("#meeting-body");
        openDocuments();
        browser.tap(rowOf(ECONOMY));
        waitDrawn(1);
        browser.waitText("#notes-toggle", "Ghi chú của tôi (1)");
        browser.tap("#notes-toggle");
        browser.tap("#note-list .note-page");
        waitDrawn(2);
        browser.waitText("#reader-page", "Trang 2/" + documentOf(ECONOMY).pages());

        // another delegate does not see it
        browser.fresh(web.hall().baseUrl() + "/");
        logIn("db034");
        openDocuments();
        browser.tap(rowOf(ECONOMY));
        waitDrawn(1);
        browser.waitText("#notes-toggle", "Ghi chú của tôi (0)");
        browser.tap("#notes-toggle");
        browser.waitText("#note-list-box .empty", "Bạn chưa có ghi chú nào cho tài liệu này.");

        // its author deletes it
        browser.fresh(web.hall().baseUrl() + "/");
        logIn("db033");
        openDocuments();
        browser.tap(rowOf(ECONOMY));
        browser.waitText("#notes-toggle", "Ghi chú của tôi (1)");
        browser.tap("#notes-toggle");
        browser.tap("#note-list .note-delete");
        browser.waitText("#note-status", "Đã xóa ghi chú.");
        browser.waitText("#notes-toggle", "Ghi chú của tôi (0)");
        assertThat(web.hall().services().documents().notes().mine(web.account("db033"), documentOf(ECONOMY).id())).isEmpty();
    }

    @Test
    void theReaderIsToldWhenItsDocumentIsReplacedOrWithdrawn() throws IOException {
        Document first = publish("Phụ lục số liệu thử nghiệm", paragraphs(30));
        logIn("db035");
        openDocuments();
        browser.tap(".doc-row[data-doc='" + first.id() + "']");
        waitDrawn(1);

        Document second = web.hall().services().documents().desk().replace(first.id(), "phu-luc.pdf",
                pdfFile(paragraphs(60))).join();
        browser.waitText("#reader-alert p", "Đã có bản mới của tài liệu này. Bạn đang đọc bản cũ.");
        browser.tap("#open-new");
        waitDrawn(1);
        browser.waitText("#reader-page", "Trang 1/" + second.pages());
        browser.waitUntil("no alert on the new version", () -> browser.texts("#reader-alert").get(0).isEmpty());

        // another version while the reader is open: told, and "Bản mới" in the library until opened
        Document third = web.hall().services().documents().desk().replace(second.id(), "phu-luc-3.pdf",
                pdfFile(paragraphs(40))).join();
        browser.waitText("#reader-alert p", "Đã có bản mới của tài liệu này. Bạn đang đọc bản cũ.");
        browser.tap("#reader-back");
        browser.waitVisible(".doc-row[data-doc='" + third.id() + "']");
        assertThat(browser.text(".doc-row[data-doc='" + third.id() + "'] .doc-badges")).isEqualTo("Bản mới");
        assertThat(browser.present(".doc-row[data-doc='" + second.id() + "']")).isFalse();

        browser.tap(".doc-row[data-doc='" + third.id() + "']");
        waitDrawn(1);
        web.hall().services().documents().desk().withdraw(third.id()).join();
        browser.waitTextContains("#reader-alert p", "Tài liệu này vừa được rút khỏi kỳ họp.");
        browser.tap("#reader-back");
        browser.waitVisible("#doc-library .doc-row");
        browser.waitUntil("gone from the library", () -> !browser.present(".doc-row[data-doc='" + third.id() + "']"));
    }

    @Test
    void aHundredPageDocumentShowsItsFirstPageQuickly() throws IOException {
        List<String> body = paragraphs(1250);
        Document big = publish("Phụ lục 100 trang: số liệu chi tiết", body);
        assertThat(big.pages()).isGreaterThanOrEqualTo(100);
        logIn("db036");
        openDocuments();
        browser.waitVisible(rowOf(big.title()));
        // pdf.js is warmed up as the library opens, as it would be while the delegate looks at the list
        browser.waitUntil("pdf.js loaded", () -> (Boolean) browser.asyncScript(
                "import('/vendor/pdfjs/build/pdf.min.mjs').then(() => arguments[0](true), () => arguments[0](false));"));
        browser.script("document.addEventListener('click', () => { window.clickedAt = performance.now(); }, "
                + "{ capture: true, once: true });");
        browser.tap(rowOf(big.title()));
        waitDrawn(1);
        double ms = ((Number) browser.script(
                "return Number(document.getElementById('pdf-page').dataset.drawnAt) - window.clickedAt;")).doubleValue();
        System.out.printf("first page of a %d-page document (%d KB) drawn %.0f ms after the click%n", big.pages(),
                big.sizeBytes() / 1024, ms);
        assertThat(ms).as("first page of a 100-page document, in ms").isLessThan(10_000);
        assertThat(darkPixels()).isGreaterThan(500);
        browser.waitText("#reader-page", "Trang 1/" + big.pages());

        browser.find("#reader-view").sendKeys(Keys.END);
        waitDrawn(big.pages());
        browser.waitText("#reader-page", "Trang " + big.pages() + "/" + big.pages());
        assertThat(darkPixels()).isGreaterThan(100);
    }

    // ---- helpers ----

    private void logIn(String username) {
        browser.logIn(username, WebHall.DEMO_PIN);
        browser.waitVisible("#meeting-body");
        browser.waitText(CONNECTION, CONNECTED);
    }

    private void openDocuments() {
        browser.tap("#nav-docs");
        browser.waitUntil("documents on screen", () -> "page".equals(browser.find("#nav-docs").getAttribute("aria-current")));
        browser.waitVisible("#doc-library .doc-row");
    }

    private void waitDrawn(int page) {
        browser.waitUntil("page " + page + " drawn", () -> String.valueOf(page).equals(
                browser.script("return document.getElementById('pdf-page')?.dataset.page ?? null;")));
    }

    /** Sampled pixels of the page's canvas darker than mid-grey: text drawn, not a blank sheet. */
    private long darkPixels() {
        return ((Number) browser.script("""
                const c = document.querySelector('#pdf-page canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let dark = 0;
                for (let i = 0; i < d.length; i += 16) if (d[i] < 128 && d[i + 1] < 128 && d[i + 2] < 128) dark++;
                return dark;""")).longValue();
    }

    private void atTop() {
        browser.script("window.scrollTo(0, 0);");
    }

    private static String rowOf(String title) {
        return ".doc-row[data-doc='" + documentOf(title).id() + "']";
    }

    private static Document documentOf(String title) {
        return web.hall().services().documents().library().library(web.account("db050")).stream()
                .map(LibraryEntry::document).filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    private static boolean opened(String username, String title) {
        return web.hall().services().documents().library().library(web.account(username)).stream()
                .filter(e -> e.document().title().equals(title)).findFirst().orElseThrow().opened();
    }

    private static List<String> paragraphs(int n) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            body.add(i + ". Số liệu chi tiết về thu, chi ngân sách của các huyện, thị xã, thành phố; tiến độ giải ngân "
                    + "vốn đầu tư công và kết quả thực hiện các chương trình mục tiêu quốc gia trong năm.");
        }
        return body;
    }

    private static Path pdfFile(List<String> body) throws IOException {
        TextPdfWriter.Pdf pdf = new TextPdfWriter().write("HỘI ĐỒNG NHÂN DÂN TỈNH LẠC HỒNG", "Phụ lục", body);
        Path file = Files.createTempFile("dienhong-doc-", ".pdf");
        Files.write(file, pdf.bytes());
        return file;
    }

    private static Document publish(String title, List<String> body) throws IOException {
        return web.hall().services().documents().desk()
                .publish(NewDocument.of(title, DocumentCategory.REFERENCE, null), pdfFile(body)).join();
    }
}
