package vn.dienhong.gui;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The console's current language as one observable value, so every label follows a switch between
 * Vietnamese and English at once, without reopening the window.
 */
final class LanguageModel {
    private final ReadOnlyObjectWrapper<Messages> messages;

    LanguageModel(Locale initial) {
        this.messages = new ReadOnlyObjectWrapper<>(Messages.of(initial));
    }

    ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    Messages messages() {
        return messages.get();
    }

    /** Shows every text in a language (Vietnamese unless English is asked for). */
    void use(Locale language) {
        messages.set(Messages.of(language));
    }

    /** Switches between Vietnamese and English. */
    void toggle() {
        use(isEnglish() ? Messages.VIETNAMESE : Messages.ENGLISH);
    }

    boolean isEnglish() {
        return Messages.ENGLISH.equals(messages.get().locale());
    }

    /** A text that follows the language, for labels and buttons. */
    StringBinding text(String key) {
        return Bindings.createStringBinding(() -> messages.get().get(key), messages);
    }

    /** A text computed from live values by {@code line}; it follows both the values and the language. */
    StringBinding bind(Function<Messages, String> line, Observable... dependencies) {
        Observable[] all = Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = messages;
        return Bindings.createStringBinding(() -> line.apply(messages.get()), all);
    }

    /** A text whose {0}, {1}… are live values; it follows both the values and the language. */
    StringBinding format(String key, ObservableValue<?>... args) {
        ObservableValue<?>[] dependencies = Arrays.copyOf(args, args.length + 1);
        dependencies[args.length] = messages;
        return Bindings.createStringBinding(() -> messages.get().format(key,
                Arrays.stream(args).map(ObservableValue::getValue).toArray()), dependencies);
    }
}
