package vn.dienhong.gui;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How hall threads hand updates to the console's UI thread: they call in from inside
 * EventHub.publish and TabletPresence, so a console that is closing must never make them fail.
 */
final class UiThread {
    private static final Logger LOG = LoggerFactory.getLogger(UiThread.class);

    private UiThread() {
    }

    /**
     * Runs tasks through {@code ui} ({@code Platform::runLater} in the console, a single thread in
     * tests), logging instead of throwing when it refuses them, e.g. after JavaFX has shut down.
     */
    static Executor forgiving(Executor ui) {
        return task -> {
            try {
                ui.execute(task);
            } catch (RuntimeException e) {
                LOG.warn("The console could not take an update from the hall (is it closing?)", e);
            }
        };
    }
}
