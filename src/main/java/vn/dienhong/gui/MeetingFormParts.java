package vn.dienhong.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The fields the console's forms (a new meeting, a document to load) are made of, built alike:
 * captions in words, dates as dd/MM/yyyy, lists chosen from in words that follow the language.
 */
final class MeetingFormParts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MeetingFormParts() {
    }

    /** A field's caption in words, which stays when the field has text (unlike a prompt). */
    static Label caption(LanguageModel language, String key) {
        Label caption = new Label();
        caption.getStyleClass().add("field-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.textProperty().bind(language.text(key));
        return caption;
    }

    /** A text field bound both ways to the draft's property. */
    static TextField text(String id, StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A day chosen from a calendar or typed as 09/12/2026, bound both ways to the draft's property. */
    static DatePicker day(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DAY.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), DAY);
                } catch (DateTimeParseException e) {
                    return picker.getValue(); // a typing slip keeps the day shown rather than erasing it
                }
            }
        });
        picker.setPrefWidth(190);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** A list to choose from, bound both ways to the draft's property, its choices in words of the current language. */
    static <T> ComboBox<T> choice(String id, ObservableList<T> items, ObjectProperty<T> value, LanguageModel language,
                                  BiFunction<Messages, T, String> words) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        VoteFormPane.words(box, v -> words.apply(language.messages(), v));
        language.messagesProperty().addListener((o, old, now) -> VoteFormPane.words(box, v -> words.apply(now, v)));
        return box;
    }

    /** A check box whose words follow the language, bound both ways to the draft's property. */
    static CheckBox check(String id, LanguageModel language, String key, BooleanProperty value) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setWrapText(true);
        box.textProperty().bind(language.text(key));
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** A small button for adding or removing a row. */
    static Button rowButton(String id, LanguageModel language, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add("row-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.textProperty().bind(language.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
