package vn.dienhong.gui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One agenda item of the meeting being prepared, as the operator types it: title, who presents it,
 * its minutes (optional) and the number of the sitting it belongs to.
 */
final class ItemDraft {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty presenter = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final ObjectProperty<Integer> sitting = new SimpleObjectProperty<>(1);

    ItemDraft(int sitting) {
        this.sitting.set(sitting);
    }

    /** Whether the minutes are left blank or written as a whole number (the hall checks the range). */
    boolean minutesReadable() {
        return minutesText().matches("\\d{0,4}");
    }

    /** The minutes, or null when left blank; call only when {@link #minutesReadable()}. */
    Integer minutesValue() {
        return minutesText().isEmpty() ? null : Integer.valueOf(minutesText());
    }

    private String minutesText() {
        return minutes.get() == null ? "" : minutes.get().strip();
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty presenterProperty() {
        return presenter;
    }

    StringProperty minutesProperty() {
        return minutes;
    }

    /** The sitting's number, from 1. */
    ObjectProperty<Integer> sittingProperty() {
        return sitting;
    }
}
