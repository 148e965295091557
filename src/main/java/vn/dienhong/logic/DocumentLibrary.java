package vn.dienhong.logic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.dienhong.export.PdfThumbnail;
import vn.dienhong.export.PdfWatermark;
import vn.dienhong.model.Account;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentHit;
import vn.dienhong.model.LibraryEntry;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.DocumentDao;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.persistence.SearchIndex;

/**
 * A reader's side of the documents: the library they may see (category order, then agenda), the
 * file itself (stamped with their name when restricted) and full-text search. Blocking reads: call
 * from a worker.
 */
public final class DocumentLibrary {
    static final int MAX_HITS = 40;
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private final Database db;
    private final FileStore files;
    private final SearchIndex index;
    private final Clock clock;

    DocumentLibrary(Database db, FileStore files, SearchIndex index, Clock clock) {
        this.db = db;
        this.files = files;
        this.index = index;
        this.clock = clock;
    }

    /** The running meeting's documents this reader may see, in the order a delegate expects them. */
    public List<LibraryEntry> library(Account reader) {
        DSLContext dsl = db.dsl();
        RunningMeeting running = RunningMeeting.of(dsl);
        DocumentAccess access = access(dsl, reader, running.id());
        List<Document> visible = new DocumentDao(dsl).current(running.id()).stream().filter(access::mayRead)
                .sorted(Comparator.comparing(Document::category)
                        .thenComparing(d -> d.agendaItemId() == null ? Long.MAX_VALUE : d.agendaItemId())
                        .thenComparing(Document::id))
                .toList();
        Set<Long> opened = visible.isEmpty() ? Set.of()
                : new DocumentDao(dsl).openedBy(reader.id(), visible.stream().map(Document::id).toList());
        return visible.stream().map(d -> new LibraryEntry(d, opened.contains(d.id()))).toList();
    }

    /** A version in use this reader may read, or the refusal (same answer whether it is hidden or missing). */
    Document readable(Account reader, long id) {
        DSLContext dsl = db.dsl();
        DocumentDao dao = new DocumentDao(dsl);
        Document doc = dao.find(id).orElseThrow(DocumentRefusals::notFound);
        if (!access(dsl, reader, doc.meetingId()).mayRead(doc)) {
            throw DocumentRefusals.notFound();
        }
        return doc;
    }

    /** The file for this reader, noting that they opened it; a restricted draft carries their name and the time. */
    public DocumentFile open(Account reader, long id) {
        Document doc = readable(reader, id);
        DocumentDao documents = new DocumentDao(db.dsl());
        // a read first: pdf.js asks for many ranges, and only the first opening is written (and committed)
        if (documents.openedBy(reader.id(), List.of(id)).isEmpty()) {
            documents.markOpened(id, reader.id(), clock.instant());
        }
        Path file = files.pathOf(doc.sha256());
        String name = doc.id() + "-v" + doc.version() + ".pdf";
        if (doc.restricted()) {
            file = stamped(doc, reader);
        }
        try {
            return new DocumentFile(file, Files.size(file), name, "application/pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The picture of a readable document's first page, drawn the first time it is asked for and kept
     * (a picture of the original: a restricted draft's stamp is on its pages, not on its card).
     */
    public DocumentFile thumbnail(Account reader, long id) {
        Document doc = readable(reader, id);
        Path png = files.thumbnail(doc.sha256());
        try {
            if (!Files.exists(png)) {
                Files.createDirectories(png.getParent());
                Path temp = Files.createTempFile(png.getParent(), "drawing-", ".part");
                new PdfThumbnail().render(files.pathOf(doc.sha256()), temp);
                Files.move(temp, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new DocumentFile(png, Files.size(png), doc.id() + ".png", "image/png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages matching every word of {@code query} (folded: "nghi quyet" finds "Nghị quyết"), best first. */
    public List<DocumentHit> search(Account reader, String query) {
        Map<Long, Document> readable = library(reader).stream().map(LibraryEntry::document)
                .collect(Collectors.toMap(Document::id, Function.identity()));
        List<String> words = Arrays.stream(query == null ? new String[0] : query.strip().split("\\s+"))
                .filter(w -> !w.isBlank()).toList();
        return index.search(query, readable.keySet(), MAX_HITS).stream().map(hit -> {
            Document doc = readable.get(hit.documentId());
            return new DocumentHit(doc.id(), doc.title(), doc.category(), hit.page(), Snippets.around(hit.text(), words));
        }).toList();
    }

    DocumentAccess access(DSLContext dsl, Account reader, long meetingId) {
        return new DocumentAccess(reader, () -> new CouncilDao(dsl).members(meetingId).stream().map(Delegate::id)
                .collect(Collectors.toSet()), clock.instant());
    }

    private Path stamped(Document doc, Account reader) {
        Path copy = files.stampedCopy(doc.sha256(), reader.id());
        if (Files.exists(copy)) {
            return copy;
        }
        String line = "Bản dành riêng cho " + reader.displayName() + " (" + reader.username() + ") – "
                + STAMP_TIME.format(clock.instant().atZone(clock.getZone()));
        try {
            Files.createDirectories(copy.getParent());
            Path temp = Files.createTempFile(copy.getParent(), "stamping-", ".part");
            new PdfWatermark().stamp(files.pathOf(doc.sha256()), temp, line);
            Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
