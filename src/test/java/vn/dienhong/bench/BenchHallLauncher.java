package vn.dienhong.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import vn.dienhong.logic.DemoSeeder;
import vn.dienhong.logic.HallExecutors;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.PinHasher;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.server.HallServer;
import vn.dienhong.server.ServerOptions;

/**
 * A headless hall assembled from the same pieces as {@code vn.dienhong.app.Hall.open} (file H2 with
 * WRITE_DELAY=0, demo seeding, the standard executors, the real tablet server), with one difference
 * the app has no flag for: whether ballots are group-committed. The benchmark starts it as a child
 * process with {@code --group-commit false} to measure one transaction per ballot.
 * <pre>
 * java -cp CLASSPATH vn.dienhong.bench.BenchHallLauncher --data DIR --demo-delegates 500 --port 0 \
 *      --pbkdf2-iterations 1000 --group-commit false
 * </pre>
 * It prints {@code http://localhost:PORT/} once it listens, as the app does; SIGTERM closes it cleanly.
 */
public final class BenchHallLauncher {
    private BenchHallLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path data = null;
        int delegates = 500;
        int port = 0;
        int iterations = 1_000;
        boolean groupCommit = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--demo-delegates" -> delegates = Integer.parseInt(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--pbkdf2-iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--group-commit" -> groupCommit = Boolean.parseBoolean(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Files.createDirectories(data);
        // as vn.dienhong.app.Hall.open, with the settings of config/dienhong.properties but the PBKDF2 cost
        HallSettings settings = HallSettings.defaults().withPbkdf2Iterations(iterations);
        ServerOptions options = new ServerOptions("0.0.0.0", port, Set.of(), false, 16);
        Database db = Database.openFile(data);
        FileStore files = new FileStore(data.resolve("documents"));
        new DemoSeeder(db, files, new PinHasher(iterations))
                .seedIfEmpty(delegates, LocalDate.now());
        HallServices services = HallServices.create(db, files, settings, Clock.systemDefaultZone(), HallExecutors.standard(),
                groupCommit);
        HallServer server = HallServer.start(services, options);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Bench hall (groupCommit=" + groupCommit + ") on " + data.toAbsolutePath());
        out.println("  http://localhost:" + server.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            services.close();
            db.close();
            stopped.countDown();
        }, "bench-hall-shutdown"));
        stopped.await();
    }
}
