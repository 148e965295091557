package vn.dienhong.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure BallotKillTest found, rebuilt on a small file: the store header names an older chunk
 * whose guess of the next chunk's place is wrong, and the newest chunk is not at the end of the file.
 * Plain H2 then opens the older version; after the repair it opens the newest.
 */
class StoreHeaderRepairTest {
    private static final Pattern CHUNK = Pattern.compile("chunk:([0-9a-f]+),len:([0-9a-f]+),.*?version:([0-9a-f]+),next:([0-9a-f]+)");

    @TempDir
    Path dir;

    @Test
    void aHeaderLeftBehindIsMovedToTheNewestCompleteChunk() throws Exception {
        Path crashed = dir.resolve("crashed.mv.db");
        writeTwentyCommitsAndCrash(dir.resolve("crashed"));
        List<long[]> chunks = chunks(crashed);
        long[] older = chunks.get(chunks.size() - 6);
        pointHeaderAtWithBrokenGuess(crashed, older);
        // as in the file the kill test left: the newest chunk sits in reused space, an old chunk ends the file
        byte[] data = Files.readAllBytes(crashed);
        long[] oldest = chunks.get(0);
        Files.write(crashed, java.util.Arrays.copyOfRange(data, (int) oldest[2] * 4096, (int) (oldest[2] + oldest[4]) * 4096),
                java.nio.file.StandardOpenOption.APPEND);

        Path plain = copy(crashed, "plain");
        assertThat(rows(plain)).as("the failure this repair exists for: H2 alone opens an older version").isLessThan(20);

        Path repaired = copy(crashed, "repaired");
        assertThat(StoreHeaderRepair.repair(repaired)).isPresent();
        assertThat(StoreHeaderRepair.repair(repaired)).as("a second repair has nothing to do").isEmpty();
        assertThat(rows(repaired)).as("every committed row is back").isEqualTo(20);
    }

    @Test
    void aCleanFileIsLeftAlone() throws Exception {
        writeTwentyCommitsAndCrash(dir.resolve("clean"));
        Path file = dir.resolve("clean.mv.db");
        byte[] before = Files.readAllBytes(file);
        assertThat(StoreHeaderRepair.repair(file)).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(StoreHeaderRepair.repair(dir.resolve("missing.mv.db"))).isEmpty();
    }

    private static void writeTwentyCommitsAndCrash(Path base) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";WRITE_DELAY=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INT)");
            for (int i = 1; i <= 20; i++) {
                s.execute("INSERT INTO t VALUES (" + i + ")");
                s.execute("CHECKPOINT");
            }
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException closedByShutdown) {
            // SHUTDOWN IMMEDIATELY closes the connection under us, as a kill -9 would
        }
    }

    /** [chunk id, version, block, position of the "next:" value, length in blocks] of every chunk, oldest first. */
    private static List<long[]> chunks(Path file) throws Exception {
        byte[] data = Files.readAllBytes(file);
        List<long[]> out = new ArrayList<>();
        for (int block = 2; block < data.length / 4096; block++) {
            String head = new String(data, block * 4096, 300, StandardCharsets.ISO_8859_1);
            Matcher m = CHUNK.matcher(head);
            if (head.startsWith("chunk:") && m.lookingAt()) {
                out.add(new long[] {Long.parseLong(m.group(1), 16), Long.parseLong(m.group(3), 16), block,
                        block * 4096L + m.start(4), Long.parseLong(m.group(2), 16)});
            }
        }
        out.sort((a, b) -> Long.compare(a[1], b[1]));
        return out;
    }

    /** Rewrites the header to name this chunk, and its guess of the next chunk's block to a wrong one. */
    private static void pointHeaderAtWithBrokenGuess(Path file, long[] chunk) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(chunk[3]);
            f.write('0');
            byte[] block = new byte[4096];
            f.seek(0);
            f.readFully(block);
            Matcher created = Pattern.compile("created:([0-9a-f]+)").matcher(new String(block, StandardCharsets.ISO_8859_1));
            created.find();
            String header = "H:2,block:" + Long.toHexString(chunk[2]) + ",blockSize:1000,chunk:" + Long.toHexString(chunk[0])
                    + ",created:" + created.group(1) + ",format:3,version:" + Long.toHexString(chunk[1]);
            byte[] body = header.getBytes(StandardCharsets.ISO_8859_1);
            byte[] line = (header + ",fletcher:" + Integer.toHexString(DataUtils.getFletcher32(body, 0, body.length)) + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] fresh = new byte[4096];
            System.arraycopy(line, 0, fresh, 0, line.length);
            f.seek(0);
            f.write(fresh);
            f.write(fresh);
        }
    }

    private Path copy(Path file, String name) throws Exception {
        Path target = dir.resolve(name + ".mv.db");
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static int rows(Path mvFile) throws Exception {
        String base = mvFile.toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }
}
