package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhong.TestHall;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.Role;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.DocumentDao;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.persistence.MeetingDao;

/**
 * The demo a newcomer sees on first start: a 500-seat council whose accounts are a published
 * contract, and real session documents (PDFs in Vietnamese) in every category a delegate expects.
 */
class DemoSeederTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 9);
    @TempDir
    static Path dataDir;
    private static Database db;
    private static FileStore files;
    private static DemoSeeder seeder;
    private static boolean seeded;

    @BeforeAll
    static void seedFiveHundred() {
        db = Database.openInMemory();
        files = new FileStore(dataDir.resolve("files"));
        seeder = new DemoSeeder(db, files, new PinHasher(TestHall.TEST_ITERATIONS));
        seeded = seeder.seedIfEmpty(500, FIRST_DAY);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void fiveHundredDelegatesGetAccountsDb001ToDb500() {
        assertThat(seeded).isTrue();
        AccountDao accounts = new AccountDao(db.dsl());
        assertThat(accounts.credentials("db001")).isPresent();
        assertThat(accounts.credentials("db250")).isPresent();
        assertThat(accounts.credentials("db500")).hasValueSatisfying(c -> {
            assertThat(c.account().role()).isEqualTo(Role.DELEGATE);
            assertThat(c.account().delegateId()).isNotNull();
        });
        assertThat(accounts.credentials("db501")).isEmpty();
        assertThat(accounts.credentials("db000")).isEmpty();
        assertThat(accounts.withRole(Role.DELEGATE)).hasSize(500);
        long council = new MeetingDao(db.dsl()).latestMeeting().orElseThrow().councilId();
        assertThat(new CouncilDao(db.dsl()).countActiveDelegates(council)).isEqualTo(500);
    }

    @Test
    void seedingAgainAddsNothing() {
        int accounts = new AccountDao(db.dsl()).count();
        int documents = count("document");

        assertThat(seeder.seedIfEmpty(500, FIRST_DAY)).isFalse();
        assertThat(seeder.seedIfEmpty(10, FIRST_DAY.plusDays(30))).isFalse();

        assertThat(new AccountDao(db.dsl()).count()).isEqualTo(accounts);
        assertThat(count("meeting")).isOne();
        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void theContractAccountsLogIn() {
        AuthService auth = new AuthService(db, TestHall.settings(), Clock.systemUTC());
        assertThat(roleAfterLogin(auth, "operator", "operator-demo")).isEqualTo(Role.OPERATOR);
        assertThat(roleAfterLogin(auth, "chair", "chair-demo")).isEqualTo(Role.CHAIR);
        assertThat(roleAfterLogin(auth, "db001", "246810")).isEqualTo(Role.DELEGATE);
        assertThat(roleAfterLogin(auth, "db500", "246810")).isEqualTo(Role.DELEGATE);
        assertThat(auth.login("db001", "operator-demo", "10.0.0.1")).isInstanceOf(LoginResult.WrongCredentials.class);
    }

    @Test
    void theDocumentsCoverTheCategoriesADelegateExpects() {
        List<Document> documents = documents();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(8);
        assertThat(documents.stream().map(Document::category).distinct()).hasSizeGreaterThanOrEqualTo(8)
                .contains(DocumentCategory.PROGRAM, DocumentCategory.REPORT, DocumentCategory.PROPOSAL,
                        DocumentCategory.DRAFT_RESOLUTION, DocumentCategory.DELEGATE_LIST);
    }

    @Test
    void everyDocumentIsAReadablePdfStoredUnderItsOwnHash() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Document document : documents()) {
            Path file = files.pathOf(document.sha256());
            assertThat(file).as(document.title()).isRegularFile();
            byte[] bytes = Files.readAllBytes(file);
            assertThat(HexFormat.of().formatHex(sha256.digest(bytes))).as(document.title())
                    .isEqualTo(document.sha256());
            assertThat((long) bytes.length).as(document.title()).isEqualTo(document.sizeBytes());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getNumberOfPages()).as(document.title()).isEqualTo(document.pages()).isPositive();
                String text = pageText(pdf, 1);
                assertThat(text).as("first page of " + document.title()).contains(comparable(document.title()));
            }
        }
    }

    @Test
    void theProgrammeReadsAsTheSessionProgramme() throws Exception {
        Document programme = documents().stream().filter(d -> d.category() == DocumentCategory.PROGRAM)
                .findFirst().orElseThrow();
        File file = files.pathOf(programme.sha256()).toFile();
        try (PDDocument pdf = Loader.loadPDF(file)) {
            assertThat(pageText(pdf, 1)).contains(comparable("Chương trình kỳ họp"))
                    .contains(comparable("HỘI ĐỒNG NHÂN DÂN TỈNH LẠC HỒNG"));
        }
    }

    @Test
    void theDelegateListNamesEveryDelegate() throws Exception {
        Document list = documents().stream().filter(d -> d.category() == DocumentCategory.DELEGATE_LIST)
                .findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(files.pathOf(list.sha256()).toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pageText(pdf, 1)).contains("1. " + comparable(DemoPeople.name(0)));
            assertThat(pageText(pdf, pdf.getNumberOfPages())).contains("500. " + comparable(DemoPeople.name(499)));
        }
    }

    @Test
    void aDemoNeedsBetweenThreeAnd999Delegates() {
        try (Database empty = Database.openInMemory()) {
            DemoSeeder fresh = new DemoSeeder(empty, new FileStore(dataDir.resolve("unused")),
                    new PinHasher(TestHall.TEST_ITERATIONS));
            assertThatIllegalArgumentException().isThrownBy(() -> fresh.seedIfEmpty(2, FIRST_DAY));
            assertThatIllegalArgumentException().isThrownBy(() -> fresh.seedIfEmpty(1_000, FIRST_DAY));
            assertThat(new MeetingDao(empty.dsl()).anyMeeting()).as("nothing half-seeded").isFalse();
            assertThat(new AccountDao(empty.dsl()).count()).isZero();
        }
    }

    private static int count(String table) {
        return ((Number) db.dsl().fetchValue("select count(*) from " + table)).intValue();
    }

    private static List<Document> documents() {
        long meeting = new MeetingDao(db.dsl()).latestMeeting().orElseThrow().id();
        return new DocumentDao(db.dsl()).current(meeting);
    }

    private static Role roleAfterLogin(AuthService auth, String username, String pin) {
        LoginResult result = auth.login(username, pin, "10.0.0.1");
        assertThat(result).as(username).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) result).account().role();
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return comparable(stripper.getText(pdf));
    }

    /** NFC, and line breaks from wrapping a long title turned back into the spaces they replaced. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
