package vn.dienhong.gui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import vn.dienhong.logic.TabletPresence;

/**
 * Where delegates' tablets reach the hall and how many are connected, so the operator can help a
 * delegate whose tablet is not on the session yet.
 */
final class TabletsViewModel {
    private final List<String> addresses;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    /** {@code addresses}: this PC's addresses for tablets, the one to show first at the head. */
    TabletsViewModel(List<String> addresses) {
        this.addresses = List.copyOf(addresses);
    }

    /** Follows the connected-tablet count from now on; the returned handle stops following. */
    Runnable follow(TabletPresence presence, Executor ui) {
        Runnable stop = presence.subscribe(n -> ui.execute(() -> count.set(n)));
        count.set(presence.count());
        return stop;
    }

    /** The address tablets should open (empty when this PC has no network address). */
    String primaryAddress() {
        return addresses.isEmpty() ? "" : addresses.get(0);
    }

    /** This PC's other addresses, for tablets on another network. */
    List<String> otherAddresses() {
        return addresses.size() <= 1 ? List.of() : addresses.subList(1, addresses.size());
    }

    /** How many tablets hold a live connection now. */
    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
