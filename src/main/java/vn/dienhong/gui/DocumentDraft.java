package vn.dienhong.gui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;

/**
 * One file waiting to be loaded, with what the operator says about it before the hall takes it: the
 * title (first guessed from the file name), số ký hiệu, category, agenda item, audience, when tablets
 * may see it, and whether it is restricted or classified.
 */
final class DocumentDraft {
    /** The agenda choice "not tied to an item" (a programme or a press review belongs to the whole meeting). */
    static final AgendaItem NO_ITEM = new AgendaItem(0, 0, null, 0, "", null, null);
    private final int serial;
    private final Path file;
    private final OperatorCommands commands;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<DocumentCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<AgendaItem> agendaItem = new SimpleObjectProperty<>(NO_ITEM);
    private final ObjectProperty<DocumentAudience> audience = new SimpleObjectProperty<>(DocumentAudience.DELEGATES);
    private final BooleanProperty later = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("08:00");
    private final BooleanProperty restricted = new SimpleBooleanProperty();
    private final BooleanProperty classified = new SimpleBooleanProperty();
    private final BooleanBinding ready;

    /** {@code serial} names the form on screen; {@code commands} runs this file's loading alone. */
    DocumentDraft(int serial, Path file, LocalDate today, OperatorCommands commands) {
        this.serial = serial;
        this.file = file;
        this.commands = commands;
        this.title.set(titleOf(fileName()));
        this.day.set(today);
        this.ready = Bindings.createBooleanBinding(() -> title.get() != null && !title.get().isBlank()
                && category.get() != null && !commands.busyProperty().get(), title, category, commands.busyProperty());
    }

    /** "Bao_cao_KTXH_2026.pdf" becomes "Bao cao KTXH 2026": a start the operator corrects, not a guess to trust. */
    static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    String fileName() {
        return file.getFileName().toString();
    }

    /** Whether the publication time, when one is asked for, can be read as a time of day. */
    boolean timeReadable() {
        return !later.get() || (day.get() != null && SittingDraft.parseTime(time.get()).isPresent());
    }

    /** What the hall is told about the file; the publication time is read in the hall's zone. */
    NewDocument toNewDocument(ZoneId zone) {
        Instant from = later.get() && timeReadable()
                ? day.get().atTime(SittingDraft.parseTime(time.get()).orElseThrow()).atZone(zone).toInstant() : null;
        String typedNumber = number.get() == null || number.get().isBlank() ? null : number.get().strip();
        AgendaItem item = agendaItem.get();
        return new NewDocument(title.get().strip(), typedNumber, category.get(),
                item == null || item == NO_ITEM ? null : item.id(), audience.get(),
                restricted.get(), classified.get(), from, fileName());
    }

    int serial() {
        return serial;
    }

    Path file() {
        return file;
    }

    OperatorCommands commands() {
        return commands;
    }

    /** True when the form says enough to try (a title and a category) and the file is not being loaded. */
    BooleanBinding ready() {
        return ready;
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty numberProperty() {
        return number;
    }

    ObjectProperty<DocumentCategory> categoryProperty() {
        return category;
    }

    ObjectProperty<AgendaItem> agendaItemProperty() {
        return agendaItem;
    }

    ObjectProperty<DocumentAudience> audienceProperty() {
        return audience;
    }

    /** False: tablets see it at once; true: from {@link #dayProperty()} at {@link #timeProperty()}. */
    BooleanProperty laterProperty() {
        return later;
    }

    ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    StringProperty timeProperty() {
        return time;
    }

    BooleanProperty restrictedProperty() {
        return restricted;
    }

    BooleanProperty classifiedProperty() {
        return classified;
    }
}
