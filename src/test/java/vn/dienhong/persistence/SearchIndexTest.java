package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private final SearchIndex index = new SearchIndex();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void foldingRemovesEveryToneAndVowelMarkAndReadsDAsD() {
        assertThat(TextFolding.fold("Nghị quyết về dự toán ngân sách")).isEqualTo("nghi quyet ve du toan ngan sach");
        assertThat(TextFolding.fold("a á à ả ã ạ ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ"))
                .isEqualTo("a a a a a a a a a a a a a a a a a a");
        assertThat(TextFolding.fold("ê ế ề ể ễ ệ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ ư ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ"))
                .isEqualTo("e e e e e e o o o o o o o o o o o o u u u u u u y y y y y");
        assertThat(TextFolding.fold("Đại biểu đồng ý")).isEqualTo("dai bieu dong y");
    }

    @Test
    void foldingKeepsTheLengthOfTheComposedTextEvenWhenTheInputIsDecomposed() {
        String decomposed = java.text.Normalizer.normalize("Hội đồng nhân dân", java.text.Normalizer.Form.NFD);
        assertThat(TextFolding.fold(decomposed)).isEqualTo("hoi dong nhan dan")
                .hasSameSizeAs(TextFolding.nfc(decomposed));
    }

    @Test
    void findsAPageWithoutMarksOrCaseAndOnlyWhenEveryWordIsThere() {
        index.add(1, "Tài liệu", 1, "Dự thảo Nghị quyết về dự toán NGÂN SÁCH địa phương năm 2027");
        index.add(1, "Tài liệu", 2, "Phụ lục: danh mục dự án giao thông");
        index.add(2, "Tài liệu", 4, "Nghị quyết về điều chỉnh kế hoạch đầu tư công");
        index.commit();

        assertThat(index.search("nghi quyet ngan sach", List.of(1L, 2L), 10))
                .extracting(SearchIndex.PageHit::documentId, SearchIndex.PageHit::page).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 1));
        assertThat(index.search("đầu tư công", List.of(1L, 2L), 10)).extracting(SearchIndex.PageHit::page)
                .containsExactly(4);
        assertThat(index.search("dau tu cong", List.of(1L, 2L), 10)).extracting(SearchIndex.PageHit::page)
                .containsExactly(4);
        assertThat(index.search("nghi quyet giao thong", List.of(1L, 2L), 10)).isEmpty();
    }

    @Test
    void pagesWithTheWordsTogetherOrInTheTitleComeFirst() {
        index.add(1, "Chương trình kỳ họp", 1, "Khai mạc; báo cáo ngân sách; biểu quyết các nghị quyết; bế mạc.");
        index.add(2, "Dự thảo Nghị quyết về dự toán ngân sách", 1,
                "Dự thảo Nghị quyết về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh, gồm nhiều điều "
                        + "khoản chi tiết về thu, chi, vay và trả nợ của ngân sách địa phương trong năm tới.");
        index.commit();
        assertThat(index.search("nghi quyet ngan sach", List.of(1L, 2L), 10))
                .extracting(SearchIndex.PageHit::documentId).containsExactly(2L, 1L);
    }

    @Test
    void theLastWordMayBeUnfinishedWhileTheDelegateTypes() {
        index.add(7, "Tài liệu", 3, "Báo cáo thẩm tra của Ban Kinh tế – Ngân sách");
        index.commit();
        assertThat(index.search("tham tr", List.of(7L), 10)).hasSize(1);
        assertThat(index.search("ngan sa", List.of(7L), 10)).hasSize(1);
    }

    @Test
    void searchesOnlyTheAllowedVersionsAndForgetsRemovedOnes() {
        index.add(1, "Tài liệu", 1, "Tờ trình đầu tư công");
        index.add(2, "Tài liệu", 1, "Tờ trình đầu tư công (bản mới)");
        index.commit();
        assertThat(index.search("to trinh", List.of(2L), 10)).extracting(SearchIndex.PageHit::documentId)
                .containsExactly(2L);

        index.remove(2);
        index.commit();
        assertThat(index.search("to trinh", List.of(1L, 2L), 10)).extracting(SearchIndex.PageHit::documentId)
                .containsExactly(1L);
        assertThat(index.search("   ", List.of(1L), 10)).isEmpty();
        assertThat(index.search("to trinh", List.of(), 10)).isEmpty();
    }
}
