package vn.dienhong.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps document files in the data folder named by their SHA-256, so that a file is stored once,
 * never overwritten, and can be checked against its name when read.
 */
public final class FileStore {
    private final Path root;

    public FileStore(Path root) {
        this.root = root;
    }

    /** Writes the bytes of {@code in} to the store and returns their SHA-256 (hex); an existing file is kept. */
    public String put(InputStream in) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "incoming-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                Files.copy(digesting, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where a copy of the file with this hash, stamped with one reader's name, is kept (it may not
     * exist yet); the copy is made once and served again, so page requests all see the same bytes.
     */
    public Path stampedCopy(String sha256, long accountId) {
        return pathOf(sha256).getParent().resolveSibling("stamped").resolve(sha256 + "-" + accountId + ".pdf");
    }

    /** Where the picture of the first page of the file with this hash is kept (it may not exist yet). */
    public Path thumbnail(String sha256) {
        return pathOf(sha256).getParent().resolveSibling("thumbnails").resolve(sha256 + ".png");
    }

    /** Where the file with this hash lives (it may not exist). */
    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".pdf");
    }
}
