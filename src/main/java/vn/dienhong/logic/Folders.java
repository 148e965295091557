package vn.dienhong.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The few folder chores of an export: is it empty, and removing an unfinished one completely. */
final class Folders {
    private Folders() {
    }

    static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a folder and everything in it; what cannot be deleted is left (nothing better can be done). */
    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a read-only medium: nothing was written there either
                }
            });
        } catch (IOException ignored) {
            // the folder vanished meanwhile
        }
    }
}
