package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void readsTheThreeFormsOfASingleRange() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99, true));
        assertThat(ByteRange.parse("bytes=900-", 1000)).contains(new ByteRange(900, 999, true));
        assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999, true));
        assertThat(ByteRange.parse("bytes=990-5000", 1000)).contains(new ByteRange(990, 999, true));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).contains(new ByteRange(0, 999, true));
        assertThat(new ByteRange(0, 99, true).length()).isEqualTo(100);
        assertThat(new ByteRange(0, 99, true).contentRange(1000)).isEqualTo("bytes 0-99/1000");
    }

    @Test
    void answersTheWholeFileWithoutARangeOrWithSeveralOrAnUnreadableOne() {
        ByteRange whole = new ByteRange(0, 999, false);
        assertThat(ByteRange.parse(null, 1000)).contains(whole);
        assertThat(ByteRange.parse("bytes=0-1,5-9", 1000)).contains(whole);
        assertThat(ByteRange.parse("items=0-1", 1000)).contains(whole);
        assertThat(ByteRange.parse("bytes=-", 1000)).contains(whole);
        assertThat(whole.length()).isEqualTo(1000);
    }

    @Test
    void refusesRangesOutsideTheFile() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=50-10", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=-0", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000)).isEmpty();
    }
}
