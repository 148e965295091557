package vn.dienhong.gui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One sitting (phiên họp) of the meeting being prepared, as the operator types it: a title, a day and
 * an opening time written the way people write it ("08:00", "8h00", "14h").
 */
final class SittingDraft {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})\\s*(?:[:hHgG.]\\s*(\\d{2})?)?\\s*");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");

    SittingDraft(String title, LocalDate date, String time) {
        this.title.set(title);
        this.date.set(date);
        this.time.set(time);
    }

    /** The opening time as typed, or empty when it is not a time of day. */
    static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** Whether the opening time can be read as a time of day. */
    boolean timeReadable() {
        return parseTime(time.get()).isPresent();
    }

    /** When the sitting opens; null without a day or a readable time (the hall then says what is missing). */
    LocalDateTime startsAt() {
        return date.get() == null ? null : parseTime(time.get()).map(date.get()::atTime).orElse(null);
    }

    StringProperty titleProperty() {
        return title;
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The opening time as the operator typed it. */
    StringProperty timeProperty() {
        return time;
    }
}
