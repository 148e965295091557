package vn.dienhong.logic;

import java.time.Clock;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.DocumentTextDao;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.persistence.SearchIndex;

/** The document use cases of one hall, sharing one search index that is rebuilt from the database at start. */
public record DocumentServices(DocumentDesk desk, DocumentLibrary library, DocumentNotes notes, DocumentStats stats,
                               SearchIndex index) implements AutoCloseable {

    static DocumentServices create(Database db, FileStore files, HallExecutors executors, EventHub events,
                                   AuditLog audit, Clock clock, DocumentSettings settings) {
        SearchIndex index = new SearchIndex();
        new DocumentTextDao(db.dsl()).forEachCurrentPage(p -> index.add(p.documentId(), p.title(), p.page(),
                p.text()));
        index.commit();
        DocumentIntake intake = new DocumentIntake(files, new OfficeConverter("soffice"), settings.maxUploadBytes());
        DocumentLibrary library = new DocumentLibrary(db, files, index, clock);
        return new DocumentServices(new DocumentDesk(db, executors, events, audit, clock, intake, index), library,
                new DocumentNotes(db, library, clock), new DocumentStats(db, library, settings.chairSeesReaders()),
                index);
    }

    @Override
    public void close() {
        index.close();
    }
}
