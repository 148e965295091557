package vn.dienhong.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.Document;
import vn.dienhong.model.LibraryEntry;
import vn.dienhong.model.PaperSaved;

/**
 * The documents in use as the operator sees them (every one, published yet or not, in the order
 * delegates find them) with the paper they save, read together so the list and the count agree;
 * and the two commands on a document in use: replace it with a new version, or withdraw it.
 */
final class DocumentShelfViewModel {
    /** One read of the hall: the documents and what they amount to in paper. */
    private record Shelf(List<Document> documents, PaperSaved paper) {
    }

    private final HallServices services;
    private final OperatorCommands commands;
    private final CoalescedRead<Shelf> read;
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<Document> readOnlyDocuments = FXCollections.unmodifiableObservableList(documents);
    private final ReadOnlyObjectWrapper<PaperSaved> paper = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> justLoaded = new ReadOnlyObjectWrapper<>();

    DocumentShelfViewModel(HallServices services, Executor ui, OperatorErrors errors) {
        this.services = services;
        this.commands = new OperatorCommands(ui, errors, "error.document.failed");
        this.read = new CoalescedRead<>(services.executors(), ui, this::readShelf, this::show,
                CoalescedRead.reportTo(errors, "error.document.load"));
    }

    /** Runs on a hall worker: the library as staff see it, then the paper count. */
    private Shelf readShelf() {
        List<Document> inUse = services.documents().library().library(OperatorCommands.CONSOLE).stream()
                .map(LibraryEntry::document).toList();
        return new Shelf(inUse, services.documents().stats().paperSaved());
    }

    private void show(Shelf shelf) {
        FreshRows.show(documents, shelf.documents());
        paper.set(shelf.paper());
    }

    /** Reads the documents again (after a document event, or when the meeting changed). */
    void refresh() {
        read.refresh();
    }

    /** Notes a document this console just loaded, so the list shows it to the operator once it is read. */
    void loaded(Document document) {
        justLoaded.set(document.id());
        refresh();
    }

    /** The list has shown the document just loaded; later reads leave the operator's choice alone. */
    void revealed() {
        justLoaded.set(null);
    }

    /** Loads {@code file} as the next version of {@code document}; tablets see "Bản mới" at once. */
    void replace(Document document, Path file) {
        if (document != null && file != null) {
            commands.run(() -> services.documents().desk().replace(document.id(), file.getFileName().toString(), file),
                    "error.document.replace", this::loaded, document.title());
        }
    }

    /** Withdraws {@code document} from every tablet; the hall's record keeps it. */
    void withdraw(Document document) {
        if (document != null) {
            commands.run(() -> services.documents().desk().withdraw(document.id()), "error.document.withdraw",
                    d -> refresh(), document.title());
        }
    }

    /** The documents in use, by category, then agenda item, then load order. */
    ObservableList<Document> documents() {
        return readOnlyDocuments;
    }

    /** Pages × recipients not printed; null until the first read. */
    ReadOnlyObjectProperty<PaperSaved> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    /** The id of a document (or new version) this console just loaded and the list has not shown yet. */
    ReadOnlyObjectProperty<Long> justLoadedProperty() {
        return justLoaded.getReadOnlyProperty();
    }

    /** True while a replacement or a withdrawal has not been answered (a new version may take a while). */
    ReadOnlyBooleanProperty busyProperty() {
        return commands.busyProperty();
    }
}
