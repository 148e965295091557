package vn.dienhong.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one message the console's red banner shows, kept as a key with its details rather than as
 * text, so that it is re-worded when the operator switches language and never goes stale.
 */
final class OperatorErrors {
    private final LanguageModel language;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Function<Messages, String> current;

    OperatorErrors(LanguageModel language) {
        this.language = language;
        language.messagesProperty().addListener((o, old, now) ->
                message.set(current == null ? "" : current.apply(now)));
    }

    /**
     * Shows the text of {@code key} with {0}, {1}… replaced by {@code details} (for example the hall's own
     * Vietnamese explanation of a refusal); call on the UI thread.
     */
    void show(String key, Object... details) {
        Object[] copy = details.clone();
        current = m -> m.format(key, copy);
        message.set(current.apply(language.messages()));
    }

    /** Hides the banner. */
    void clear() {
        current = null;
        message.set("");
    }

    /** What went wrong and what to do about it; empty when all is well. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
