package vn.dienhong.gui;

import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/**
 * Keeps the operator's choice in a list on the same delegate, request or opinion when a fresh read
 * from the hall replaces every row, so a click on a button never lands on someone else.
 */
final class ListChoiceKeeper<T> {
    private final ListView<T> list;
    private final Function<T, Object> identity;
    private Object chosen;

    private ListChoiceKeeper(ListView<T> list, Function<T, Object> identity) {
        this.list = list;
        this.identity = identity;
    }

    /** Starts keeping {@code list}'s choice by {@code identity} (an id); call once its items are set. */
    static <T> void keep(ListView<T> list, Function<T, Object> identity) {
        ListChoiceKeeper<T> keeper = new ListChoiceKeeper<>(list, identity);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                keeper.chosen = identity.apply(now);
            }
        });
        list.getItems().addListener((ListChangeListener<T>) change -> keeper.restore());
    }

    private void restore() {
        for (int i = 0; chosen != null && i < list.getItems().size(); i++) {
            if (Objects.equals(identity.apply(list.getItems().get(i)), chosen)) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }
}
