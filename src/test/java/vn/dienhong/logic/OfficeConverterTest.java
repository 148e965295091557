package vn.dienhong.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.TestPdfs;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;

/** Word and Excel files: converted with LibreOffice when it is there, refused in words when it is not. */
class OfficeConverterTest {
    @Test
    void knowsTheOfficeFilesByTheirNames() {
        assertThat(OfficeConverter.isOffice("Du thao NQ.DOCX")).isTrue();
        assertThat(OfficeConverter.isOffice("bang-so-lieu.xls")).isTrue();
        assertThat(OfficeConverter.isOffice("to-trinh.pdf")).isFalse();
        assertThat(OfficeConverter.isOffice(null)).isFalse();
    }

    @Test
    void withoutLibreOfficeAWordFileIsRefusedWithWhatToDoAndNothingIsStored() {
        DocumentIntake intake = new DocumentIntake(TestHall.scratchFiles(),
                new OfficeConverter("soffice-not-installed-here"), 10_000_000);
        NewDocument meta = new NewDocument("Dự thảo nghị quyết", null, DocumentCategory.DRAFT_RESOLUTION, null,
                vn.dienhong.model.DocumentAudience.DELEGATES, false, false, null, "du-thao.docx");
        assertThatThrownBy(() -> intake.accept(meta, TestPdfs.file("PK\u0003\u0004 word".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(RequestRefused.class, r -> {
                    assertThat(r.code()).isEqualTo("no_libreoffice");
                    assertThat(r.getMessage()).contains("LibreOffice").contains("lưu tệp thành PDF");
                });
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        DocumentIntake intake = new DocumentIntake(TestHall.scratchFiles(), new OfficeConverter("soffice"), 1_000);
        assertThatThrownBy(() -> intake.accept(NewDocument.of("Báo cáo", DocumentCategory.REPORT, null),
                TestPdfs.file(TestPdfs.text("Báo cáo", "Nội dung dài hơn một nghìn byte khi thành PDF."))))
                .isInstanceOfSatisfying(RequestRefused.class, r -> assertThat(r.code()).isEqualTo("too_large"));
    }
}
