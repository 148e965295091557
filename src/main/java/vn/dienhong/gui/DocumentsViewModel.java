package vn.dienhong.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.HallEvent;

/**
 * The console's Tài liệu tab: files waiting to be loaded, each with its own form and its own
 * loading (a large PDF or a Word file to convert takes a while, and the others need not wait), and
 * the documents in use, read again whenever the hall announces a document change.
 */
final class DocumentsViewModel {
    /** What "load a whole folder" takes: PDFs and the office files the hall converts with LibreOffice. */
    static final Set<String> FOLDER_KINDS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "odt");
    private final HallServices services;
    private final Executor ui;
    private final OperatorErrors errors;
    private final Clock clock;
    private final DocumentShelfViewModel shelf;
    private final ObservableList<DocumentDraft> drafts = FXCollections.observableArrayList();
    private final ObservableList<DocumentDraft> readOnlyDrafts = FXCollections.unmodifiableObservableList(drafts);
    private final ObservableList<AgendaItem> agendaChoices = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> readOnlyChoices = FXCollections.unmodifiableObservableList(agendaChoices);
    private int serial;

    /** {@code agenda} is the console's agenda of the running meeting; {@code clock} gives today and the zone. */
    DocumentsViewModel(HallServices services, Executor ui, OperatorErrors errors, ObservableList<AgendaItem> agenda,
                       Clock clock) {
        this.services = services;
        this.ui = ui;
        this.errors = errors;
        this.clock = clock;
        this.shelf = new DocumentShelfViewModel(services, ui, errors);
        agenda.addListener((ListChangeListener<AgendaItem>) c -> agendaChoices.setAll(withNoItem(agenda)));
        agendaChoices.setAll(withNoItem(agenda));
    }

    private static List<AgendaItem> withNoItem(List<AgendaItem> agenda) {
        return Stream.concat(Stream.of(DocumentDraft.NO_ITEM), agenda.stream()).toList();
    }

    /** Adds a form for each file (dropped or chosen); a dropped folder counts as "load a whole folder". */
    void addFiles(List<Path> files) {
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                addFolder(file);
            } else {
                drafts.add(new DocumentDraft(++serial, file, LocalDate.now(clock),
                        new OperatorCommands(ui, errors, "error.document.failed")));
            }
        }
    }

    /** Adds a form for every PDF, Word, Excel and OpenDocument file in {@code folder}, listed on a hall worker. */
    void addFolder(Path folder) {
        HallCalls.start(() -> services.executors().work(() -> documentsIn(folder)))
                .whenComplete((found, failure) -> ui.execute(() -> {
                    if (failure != null || found.isEmpty()) {
                        errors.show("error.document.folder", folder.getFileName() == null ? folder : folder.getFileName());
                    } else {
                        errors.clear();
                        addFiles(found);
                    }
                }));
    }

    private static List<Path> documentsIn(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile).filter(f -> FOLDER_KINDS.contains(extension(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** Hands one file to the hall; on success its form goes and the document is listed, on refusal it stays. */
    void publish(DocumentDraft draft) {
        if (!draft.timeReadable()) {
            errors.show("error.document.time", draft.titleProperty().get());
            return;
        }
        draft.commands().run(() -> services.documents().desk().publish(draft.toNewDocument(clock.getZone()),
                draft.file()), "error.document.publish", document -> {
                    drafts.remove(draft);
                    shelf.loaded(document);
                }, draft.fileName());
    }

    /** Drops a waiting file without loading it. */
    void discard(DocumentDraft draft) {
        drafts.remove(draft);
    }

    /** Reads the documents in use again: at start, on "Tải lại". */
    void refresh() {
        shelf.refresh();
    }

    /** Follows a hall event: a document loaded, replaced or withdrawn (by this console or not), a new meeting. */
    void apply(HallEvent event) {
        if (event.type().startsWith("document.") || FloorViewModel.MEETING_CHANGED.equals(event.type())) {
            shelf.refresh();
        }
    }

    /** The files waiting to be loaded, in the order they were added. */
    ObservableList<DocumentDraft> drafts() {
        return readOnlyDrafts;
    }

    /** The agenda items a document may belong to, "none" first. */
    ObservableList<AgendaItem> agendaChoices() {
        return readOnlyChoices;
    }

    DocumentShelfViewModel shelf() {
        return shelf;
    }
}
