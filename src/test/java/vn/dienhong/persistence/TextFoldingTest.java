package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding reads "Nghị quyết" as "nghi quyet", one character for one, from its table as from the Normalizer. */
class TextFoldingTest {

    @Test
    void vietnameseFoldsToUnaccentedLowerCaseOfTheSameLength() {
        String text = "Nghị quyết về dự toán NGÂN SÁCH, Đầu tư công; Ủy ban những vững chắc kỹ thuật ơn ưu đãi";
        String folded = TextFolding.fold(text);
        assertThat(folded).isEqualTo("nghi quyet ve du toan ngan sach, dau tu cong; uy ban nhung vung chac ky thuat "
                + "on uu dai");
        assertThat(folded).hasSameSizeAs(TextFolding.nfc(text));
    }

    @Test
    void theTableFoldsEveryCharacterAsTheNormalizerDoes() {
        for (char c = 0; c < 0x2100; c++) {
            String one = String.valueOf(c);
            if (!Character.isSurrogate(c) && TextFolding.nfc(one).equals(one)) {
                assertThat(TextFolding.fold(one)).as("U+%04X", (int) c).isEqualTo(String.valueOf(TextFolding.slowFold(c)));
            }
        }
    }
}
