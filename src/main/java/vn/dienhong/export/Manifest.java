package vn.dienhong.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The export's list of files with their SHA-256, in the format of GNU {@code sha256sum}
 * ({@code <hex>  <path>}, paths with '/'), so the archive can be checked without Diên Hồng at all:
 * {@code sha256sum -c manifest-sha256.txt}.
 */
public final class Manifest {
    public static final String FILE = "manifest-sha256.txt";

    private Manifest() {
    }

    /** Hashes every file under {@code root} except the manifest itself, by relative path, sorted. */
    public static Map<String, String> hashTree(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = relative(root, file);
                if (!name.equals(FILE)) {
                    out.put(name, sha256(file));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} except the manifest, by relative path, sorted. */
    public static List<String> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> relative(root, f)).filter(n -> !n.equals(FILE))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path root, Map<String, String> hashes) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(hashes).forEach((name, hash) -> out.append(hash).append("  ").append(name).append('\n'));
        try {
            Files.writeString(root.resolve(FILE), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest's lines as path → hash; a malformed line is an error naming its number. */
    public static Map<String, String> read(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(root.resolve(FILE), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.matches("[0-9a-f]{64}  .+")) {
                throw new IOException(FILE + ", dòng " + (i + 1) + ": không đúng dạng \"<sha256>  <tệp>\"");
            }
            out.put(line.substring(66), line.substring(0, 64));
        }
        return out;
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
