package vn.dienhong.gui;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Puts a fresh read from the hall into a list's rows only when it differs, so a repeated read (one
 * per event) does not redraw every row under the operator's eyes or pointer.
 */
final class FreshRows {
    private FreshRows() {
    }

    /** Replaces {@code rows} by {@code fresh} unless they already hold the same values in the same order. */
    static <T> void show(ObservableList<T> rows, List<T> fresh) {
        if (!rows.equals(fresh)) {
            rows.setAll(fresh);
        }
    }
}
