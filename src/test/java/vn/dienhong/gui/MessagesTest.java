package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The console's words: both languages complete, Vietnamese read as UTF-8, placeholders filled safely. */
class MessagesTest {

    @Test
    void englishTranslatesEveryVietnameseTextAndNothingElse() throws IOException {
        Properties vietnamese = load("/i18n/console.properties");
        Properties english = load("/i18n/console_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        assertThat(vietnamese.getProperty("agenda.current")).isEqualTo("Nội dung đang thảo luận");
    }

    @Test
    void readsVietnameseLettersIntactAndFallsBackToVietnamese() {
        Messages vi = Messages.of(Locale.forLanguageTag("vi-VN"));
        assertThat(vi.get("agenda.heading")).isEqualTo("Chương trình kỳ họp");
        assertThat(Messages.of(Locale.FRENCH).get("fullScreen.enter")).isEqualTo("Toàn màn hình");
        assertThat(Messages.of(Locale.UK).get("fullScreen.enter")).isEqualTo("Full screen");
        assertThat(vi.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void fillsPositionalAndNamedPlaceholders() {
        Messages en = Messages.of(Locale.ENGLISH);
        assertThat(en.format("header.council", "Hội đồng nhân dân tỉnh Lạc Hồng", "XVII"))
                .isEqualTo("Hội đồng nhân dân tỉnh Lạc Hồng – term XVII");
        assertThat(Messages.fill("Moved to item {ordinal}: {title}", Map.of("ordinal", 3, "title", "A $1 budget")))
                .contains("Moved to item 3: A $1 budget");
        assertThat(Messages.fill("Vote opened: {title}", Map.of())).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
