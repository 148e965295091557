package vn.dienhong.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.ArchiveExporter;
import vn.dienhong.logic.DemoSeeder;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.PinHasher;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.server.HallServer;
import vn.dienhong.server.ServerOptions;

/** The composition root: one running hall, its database, its use cases and its tablet server. */
public final class Hall implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Hall.class);
    private final Database db;
    private final HallServices services;
    private final HallServer server;
    private final ArchiveExporter archive;

    private Hall(Database db, HallServices services, HallServer server, ArchiveExporter archive) {
        this.db = db;
        this.services = services;
        this.server = server;
        this.archive = archive;
    }

    /**
     * Opens the hall on {@code dataDir}; with {@code demoDelegates > 0} an empty database gets the
     * demo session first.
     */
    public static Hall open(Path dataDir, HallSettings settings, ServerOptions options, int demoDelegates) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Không tạo được thư mục dữ liệu " + dataDir + ": " + e.getMessage(), e);
        }
        Database db = Database.openFile(dataDir);
        try {
            FileStore files = new FileStore(dataDir.resolve("documents"));
            if (demoDelegates > 0) {
                new DemoSeeder(db, files,
                        new PinHasher(settings.pbkdf2Iterations())).seedIfEmpty(demoDelegates, LocalDate.now());
            }
            HallServices services = HallServices.create(db, files, settings, Clock.systemDefaultZone());
            HallServer server = HallServer.start(services, options);
            LOG.info("Hall open on data folder {}", dataDir.toAbsolutePath());
            return new Hall(db, services, server,
                    new ArchiveExporter(db, new FileStore(dataDir.resolve("documents")), Clock.systemDefaultZone()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public HallServices services() {
        return services;
    }

    /** Exports this hall's session records (the console's "Xuất hồ sơ"). */
    public ArchiveExporter archive() {
        return archive;
    }

    public List<String> tabletAddresses() {
        return server.tabletAddresses();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        services.close();
        db.close();
    }
}
