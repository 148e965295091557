package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.TestPdfs;
import vn.dienhong.model.Account;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.LibraryEntry;
import vn.dienhong.model.NewDocument;
import vn.dienhong.persistence.DocumentDao;

/** Loading, replacing and withdrawing documents on a real hall: what the record keeps and who hears. */
class DocumentDeskTest {
    private TestHall hall;
    private DocumentServices documents;
    private final List<HallEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        hall = TestHall.start(10);
        documents = hall.services().documents();
        hall.services().events().subscribe(events::add);
    }

    @AfterEach
    void tearDown() {
        hall.close();
    }

    @Test
    void aLoadedDocumentIsListedSearchableAndAnnouncedWithItsPages() {
        Document doc = publish(NewDocument.of("Tờ trình về chương trình mục tiêu giảm nghèo", DocumentCategory.PROPOSAL,
                null), TestPdfs.text("Tờ trình giảm nghèo", "Hỗ trợ hộ nghèo vùng đồng bào dân tộc thiểu số."));

        assertThat(doc.pages()).isEqualTo(1);
        assertThat(doc.version()).isEqualTo(1);
        assertThat(titles("db001")).contains("Tờ trình về chương trình mục tiêu giảm nghèo");
        assertThat(documents.library().search(hall.account("db002"), "dong bao dan toc"))
                .singleElement().satisfies(hit -> {
                    assertThat(hit.documentId()).isEqualTo(doc.id());
                    assertThat(hit.snippet()).contains("đồng bào dân tộc");
                });
        assertThat(events).filteredOn(e -> e.type().equals("document.published")).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("id", doc.id()).containsEntry("pages", 1));
    }

    @Test
    void aNewVersionReplacesTheOldOneOnTabletsButTheRecordKeepsBoth() {
        Document v1 = publish(NewDocument.of("Báo cáo thẩm tra", DocumentCategory.DRAFT_REPORT, null),
                TestPdfs.text("Báo cáo thẩm tra", "Bản thứ nhất về quỹ bình ổn giá."));
        LibraryEntry opened = entry("db001", v1.id());
        documents.library().open(hall.account("db001"), v1.id());

        Document v2 = documents.desk().replace(v1.id(), "tham-tra-v2.pdf",
                TestPdfs.file(TestPdfs.text("Báo cáo thẩm tra", "Bản sửa đổi về khoản vay ưu đãi."))).join();

        assertThat(opened.opened()).isFalse();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.replacesId()).isEqualTo(v1.id());
        assertThat(v2.title()).isEqualTo("Báo cáo thẩm tra");
        LibraryEntry shown = entry("db001", v2.id());
        assertThat(shown.opened()).as("the new version is news even to who read the old one").isFalse();
        assertThat(ids("db001")).doesNotContain(v1.id());
        assertThat(new DocumentDao(hall.database().dsl()).all(v1.meetingId())).extracting(Document::id)
                .contains(v1.id(), v2.id());
        assertThat(documents.library().search(hall.account("db001"), "quy binh on")).isEmpty();
        assertThat(documents.library().search(hall.account("db001"), "khoan vay uu dai")).hasSize(1);
        assertThatThrownBy(() -> documents.desk().replace(v1.id(), "x.pdf",
                TestPdfs.file(TestPdfs.text("X", "Y"))).join()).hasCauseInstanceOf(RequestRefused.class)
                .hasMessageContaining("đã có bản mới hơn");
        assertThat(events).filteredOn(e -> e.type().equals("document.updated")).hasSize(1);
    }

    @Test
    void aWithdrawnDocumentLeavesEveryLibraryAndStaysInTheRecord() {
        Document doc = publish(NewDocument.of("Thông báo cũ", DocumentCategory.NOTICE, null),
                TestPdfs.text("Thông báo", "Nội dung đã thay đổi."));
        documents.desk().withdraw(doc.id()).join();

        assertThat(ids("db001")).doesNotContain(doc.id());
        assertThat(ids("operator")).doesNotContain(doc.id());
        assertThatThrownBy(() -> documents.library().open(hall.account("db001"), doc.id()))
                .isInstanceOf(RequestRefused.class);
        assertThat(new DocumentDao(hall.database().dsl()).find(doc.id())).get()
                .satisfies(d -> assertThat(d.withdrawnAt()).isNotNull());
        assertThat(events).extracting(HallEvent::type).contains("document.withdrawn");
    }

    @Test
    void badFilesAreRefusedInWordsAndStoreNothing() throws IOException {
        int before = ids("operator").size();
        refused(TestPdfs.corrupt(), "bị hỏng");
        refused(TestPdfs.encrypted(), "mật khẩu");
        refused(new byte[0], "rỗng");
        refused("Biên bản\n".getBytes(), "không phải PDF");
        assertThatThrownBy(() -> publish(new NewDocument("Báo cáo mật", null, DocumentCategory.REPORT, null,
                DocumentAudience.DELEGATES, false, true, null, null), TestPdfs.text("Mật", "Nội dung mật.")))
                .hasMessageContaining("Tài liệu mật không được phát hành điện tử");
        assertThatThrownBy(() -> publish(NewDocument.of(" ", DocumentCategory.REPORT, null),
                TestPdfs.text("A", "B"))).hasMessageContaining("tên tài liệu");

        assertThat(ids("operator")).hasSize(before);
        assertThat(events).noneMatch(e -> e.type().startsWith("document."));
    }

    @Test
    void audienceAndPublicationTimeDecideWhoSeesADocument() {
        Document forAll = publish(new NewDocument("Chương trình đón tiếp khách mời", null, DocumentCategory.PROGRAM,
                null, DocumentAudience.DELEGATES_AND_GUESTS, false, false, null, null), TestPdfs.text("A", "B"));
        Document delegatesOnly = publish(NewDocument.of("Dự thảo nghị quyết nội bộ", DocumentCategory.DRAFT_RESOLUTION,
                null), TestPdfs.text("C", "D"));
        Document later = publish(new NewDocument("Báo cáo phát hành ngày mai", null, DocumentCategory.REPORT, null,
                DocumentAudience.DELEGATES, false, false, Instant.now().plus(1, ChronoUnit.DAYS), null),
                TestPdfs.text("E", "F"));

        assertThat(ids("guest")).contains(forAll.id()).doesNotContain(delegatesOnly.id(), later.id());
        assertThat(ids("db003")).contains(forAll.id(), delegatesOnly.id()).doesNotContain(later.id());
        assertThat(ids("operator")).as("staff prepare documents before they are published")
                .contains(forAll.id(), delegatesOnly.id(), later.id());
        assertThat(ids("display")).isEmpty();
        assertThatThrownBy(() -> documents.library().open(hall.account("guest"), delegatesOnly.id()))
                .isInstanceOf(RequestRefused.class).hasMessageContaining("Không có tài liệu này");
    }

    @Test
    void aRestrictedDraftIsStampedWithTheReadersNameAndTheSameCopyIsServedAgain() throws IOException {
        Document draft = publish(new NewDocument("Dự thảo nghị quyết (hạn chế)", null,
                DocumentCategory.DRAFT_RESOLUTION, null, DocumentAudience.DELEGATES, true, false, null, null),
                TestPdfs.text("Dự thảo", "Điều 1. Phạm vi điều chỉnh."));
        DocumentFile first = documents.library().open(hall.account("db004"), draft.id());
        DocumentFile again = documents.library().open(hall.account("db004"), draft.id());
        DocumentFile other = documents.library().open(hall.account("db005"), draft.id());

        assertThat(Files.readAllBytes(again.path())).isEqualTo(Files.readAllBytes(first.path()));
        assertThat(other.path()).isNotEqualTo(first.path());
        String text = WatermarkProbe.text(first.path());
        assertThat(text).contains("Bản dành riêng cho " + hall.account("db004").displayName()).contains("(db004)");
        assertThat(WatermarkProbe.redInkOnFirstPage(first.path())).as("the stamp is visible on the page").isTrue();
        assertThat(WatermarkProbe.redInkOnFirstPage(
                hall.services().documents().library().open(hall.account("operator"), 1).path())).isFalse();
    }

    @Test
    void aReaderFetchingPiecesInParallelOpensADocumentOnceWithoutAnError() {
        Account reader = hall.account("db006");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.CompletableFuture<DocumentFile>> opens = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> documents.library().open(reader, 3), pool)).toList();
            assertThat(opens).allSatisfy(f -> assertThat(f.join().sizeBytes()).isPositive());
        } finally {
            pool.shutdown();
        }
        assertThat(new DocumentDao(hall.database().dsl()).openings(3)).hasSize(1);
    }

    private Document publish(NewDocument meta, byte[] pdf) {
        try {
            return documents.desk().publish(meta, TestPdfs.file(pdf)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void refused(byte[] file, String words) {
        assertThatThrownBy(() -> publish(NewDocument.of("Tài liệu lỗi", DocumentCategory.REPORT, null), file))
                .isInstanceOf(RequestRefused.class).hasMessageContaining(words);
    }

    private List<Long> ids(String user) {
        return documents.library().library(hall.account(user)).stream().map(e -> e.document().id()).toList();
    }

    private List<String> titles(String user) {
        return documents.library().library(hall.account(user)).stream().map(e -> e.document().title()).toList();
    }

    private LibraryEntry entry(String user, long id) {
        return documents.library().library(hall.account(user)).stream().filter(e -> e.document().id() == id)
                .findFirst().orElseThrow();
    }
}
