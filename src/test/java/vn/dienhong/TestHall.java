package vn.dienhong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import vn.dienhong.logic.DemoSeeder;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.logic.PinHasher;
import vn.dienhong.model.Account;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.server.HallServer;
import vn.dienhong.server.ServerOptions;

/**
 * A whole hall for tests: a fresh in-memory H2 with the demo session (50 delegates unless told),
 * the real services and the real tablet server on a free loopback port. PIN hashes use 1,000
 * PBKDF2 iterations instead of 600,000 so that logins in tests take milliseconds.
 * <pre>
 * try (TestHall hall = TestHall.start()) {
 *     hall.baseUrl();            // "http://127.0.0.1:PORT" — open hall.baseUrl() + "/" in a browser
 *     hall.services().meetings() // the Java use cases, e.g. moveTo(agendaItemId)
 * }
 * </pre>
 * Demo accounts: db001…db050 / 246810, operator / operator-demo, chair / chair-demo, guest / guest-demo.
 */
public final class TestHall implements AutoCloseable {
    public static final int TEST_ITERATIONS = 1_000;
    private final Database db;
    private final HallServices services;
    private final HallServer server;
    private final Path files;

    private TestHall(int delegates) {
        try {
            files = Files.createTempDirectory("dienhong-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = Database.openInMemory();
        FileStore store = new FileStore(files);
        new DemoSeeder(db, store, new PinHasher(TEST_ITERATIONS)).seedIfEmpty(delegates, LocalDate.now());
        services = HallServices.create(db, store, settings(), Clock.systemDefaultZone());
        server = HallServer.start(services, ServerOptions.loopback());
    }

    public static TestHall start() {
        return new TestHall(50);
    }

    public static TestHall start(int delegates) {
        return new TestHall(delegates);
    }

    /** A document store in a fresh temporary folder, for tests that build their own services. */
    public static FileStore scratchFiles() {
        try {
            return new FileStore(Files.createTempDirectory("dienhong-files-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HallSettings settings() {
        return HallSettings.defaults().withPbkdf2Iterations(TEST_ITERATIONS);
    }

    public HallServices services() {
        return services;
    }

    /** A demo account, logged in with its demo PIN (db001… "246810", others "<name>-demo"). */
    public Account account(String username) {
        String pin = username.startsWith("db") ? "246810" : username + "-demo";
        return ((LoginResult.Success) services.auth().login(username, pin, "127.0.0.1")).account();
    }

    public Database database() {
        return db;
    }

    /** The document store's folder (the demo's PDFs, named by SHA-256). */
    public Path documents() {
        return files;
    }

    public int port() {
        return server.port();
    }

    /** Without a trailing slash, e.g. http://127.0.0.1:41234 */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        services.close();
        db.close();
    }
}
