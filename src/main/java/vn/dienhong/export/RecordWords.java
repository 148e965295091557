package vn.dienhong.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;

/**
 * The record's words and number formats in one place (Vietnamese: decimal comma, dd/MM/yyyy, HH:mm in
 * the hall's time zone), so the minutes, the result sheets and the CSV headings say things alike.
 */
public final class RecordWords {
    /** Times are printed as the hall's clock showed them. */
    public static final ZoneId HALL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Properties WORDS = load();

    private RecordWords() {
    }

    /** The word for a key such as {@code kind.ELECTION}; the key itself when missing (visible, never blank). */
    public static String word(String key) {
        return WORDS.getProperty(key, key);
    }

    public static String word(String prefix, Enum<?> value) {
        return word(prefix + "." + value.name());
    }

    /** "Tán thành", "Tín nhiệm thấp"…; the non-voter's line for null. */
    public static String choice(VoteKind kind, String choice) {
        return choice == null ? word("choice.none") : word("choice." + kind.name() + "." + choice);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String time(OffsetDateTime at) {
        return at == null ? "–" : TIME.format(at.atZoneSameInstant(HALL_ZONE));
    }

    public static String dateTime(OffsetDateTime at) {
        return at == null ? "–" : TIME.format(at.atZoneSameInstant(HALL_ZONE)) + " " + DATE.format(at.atZoneSameInstant(HALL_ZONE));
    }

    /** "86,54%": a count as a share of the total number of delegates. */
    public static String percent(int count, int total) {
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(VoteResult.percentOfTotal(count, total)) + "%";
    }

    /** "45/52 đại biểu (86,54%)". */
    public static String share(int count, int total) {
        return count + "/" + total + " đại biểu (" + percent(count, total) + ")";
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = RecordWords.class.getResourceAsStream("/export/record-words.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
