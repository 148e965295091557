package vn.dienhong.gui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.dienhong.logic.ArchiveExporter;
import vn.dienhong.logic.ArchiveFailed;

/**
 * The "Xuất hồ sơ" action: exports the running meeting's record into a new folder inside the folder the
 * operator chose (a USB drive's root, say), on a background thread, with progress and a final message.
 */
final class ArchiveExportViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private final ArchiveExporter exporter;
    private final LanguageModel language;
    private final Executor ui;
    private final Consumer<Runnable> background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    /** {@code background} runs the export off the UI thread (a new thread in the app, the caller's in tests). */
    ArchiveExportViewModel(ArchiveExporter exporter, LanguageModel language, Executor ui, Consumer<Runnable> background) {
        this.exporter = exporter;
        this.language = language;
        this.ui = ui;
        this.background = background;
    }

    /** Starts an export into a new folder "ho-so-cuoc-hop-ID-yyyyMMdd-HHmm" inside {@code chosen}. */
    void export(Path chosen) {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        progress.set(0);
        message.set("");
        background.accept(() -> {
            try {
                long meeting = exporter.latestMeetingId();
                Path target = chosen.resolve("ho-so-cuoc-hop-" + meeting + "-" + STAMP.format(LocalDateTime.now()));
                ArchiveExporter.Exported done = exporter.export(meeting, target,
                        (fraction, text) -> ui.execute(() -> {
                            progress.set(fraction);
                            step.set(text);
                        }));
                finish(false, language.messages().format("archive.done", done.folder(), done.files(),
                        done.manifestSha256()));
            } catch (ArchiveFailed e) {
                finish(true, language.messages().format("archive.failed", e.getMessage()));
            } catch (RuntimeException e) {
                finish(true, language.messages().format("archive.failed", String.valueOf(e.getMessage())));
            }
        });
    }

    private void finish(boolean failure, String text) {
        ui.execute(() -> {
            failed.set(failure);
            message.set(text);
            progress.set(failure ? 0 : 1);
            running.set(false);
        });
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
