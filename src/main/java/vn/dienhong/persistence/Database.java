package vn.dienhong.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The one H2 database of a hall: opens it with the durable settings, brings its schema up to date
 * with Flyway and hands out the jOOQ context the DAOs are built from.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(String url) {
        this.pool = JdbcConnectionPool.create(url, "dienhong", "");
        this.pool.setMaxConnections(16);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        // no statement logging, at any log level: consecutive statements could link a secret voter to a choice
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /**
     * Opens (or creates) the hall's file database. WRITE_DELAY=0 makes every commit reach the file
     * before it returns: with H2's default delay a kill -9 lost acknowledged commits.
     */
    public static Database openFile(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("dienhong");
        try {
            StoreHeaderRepair.repair(file.resolveSibling("dienhong.mv.db")).ifPresent(chunk -> LOG.warn(
                    "The database file's header lagged behind its newest chunk; it now names {}", chunk));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database file " + file + ".mv.db", e);
        }
        // DB_CLOSE_ON_EXIT=FALSE: the hall's own shutdown closes the database cleanly, not H2's hook racing it
        return new Database("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** A fresh private in-memory database, for tests and throw-away runs. */
    public static Database openInMemory() {
        return new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Makes H2 write everything committed so far into its file (into the operating system, which a
     * killed process cannot lose) before a ballot is acknowledged: with WRITE_DELAY=0 H2 only tries to
     * store each commit at once and skips when its store is busy, which a kill -9 test caught once.
     */
    public void flush() {
        dsl.execute("CHECKPOINT");
    }

    /** Forces everything committed so far onto the disk itself; called at milestones such as a vote's close. */
    public void checkpoint() {
        dsl.execute("CHECKPOINT SYNC");
    }

    /** Closes the database cleanly (a compacted file opens faster next time) and releases the pool. */
    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // H2 reports "database closed" on the very statement that closed it
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new IllegalStateException("could not shut the database down", e);
            }
        } finally {
            pool.dispose();
        }
    }
}
