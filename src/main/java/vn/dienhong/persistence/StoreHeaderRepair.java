package vn.dienhong.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.DataUtils;

/**
 * Points the H2 file's store header at the newest completely written chunk before H2 opens it.
 * H2 2.x finds the newest chunk by following each chunk's guess of where the next one goes; when a
 * chunk lands elsewhere it should rewrite the header, and after a {@code kill -9} we found files where
 * it had not: H2 then opened an older version and every later commit, acknowledged ballots included,
 * was gone although still in the file (BallotKillTest, ADR 0007). The chunks themselves carry their
 * version and a checksummed footer, so the newest complete one can be found by reading them all.
 */
final class StoreHeaderRepair {
    private static final int BLOCK = 4096;
    private static final int FOOTER = 128;

    private StoreHeaderRepair() {
    }

    /** The chunk the header was moved to, or empty when the header already named the newest chunk. */
    static Optional<String> repair(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 3L * BLOCK) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Map<String, String> header = checked(line(read(channel, 0, BLOCK)));
            if (header == null) {
                return Optional.empty();
            }
            // H2 starts from the newer of the header's chunk and the chunk whose footer ends the file
            Map<String, String> last = checked(line(read(channel, channel.size() - FOOTER, FOOTER)).strip());
            long headerVersion = Math.max(header.containsKey("version") ? hex(header.get("version")) : -1,
                    last == null || !last.containsKey("version") ? -1 : hex(last.get("version")));
            Map<String, String> newest = null;
            long blocks = channel.size() / BLOCK;
            for (long block = 2; block < blocks; block++) {
                Map<String, String> chunk = completeChunkAt(channel, block, blocks);
                if (chunk != null && hex(chunk.get("version")) > (newest == null ? headerVersion : hex(newest.get("version")))) {
                    newest = chunk;
                }
            }
            if (newest == null) {
                return Optional.empty();
            }
            header.put("block", newest.get("block"));
            header.put("chunk", newest.get("chunk"));
            header.put("version", newest.get("version"));
            byte[] fresh = withChecksum(header);
            channel.write(ByteBuffer.wrap(fresh), 0);
            channel.write(ByteBuffer.wrap(fresh), BLOCK);
            channel.force(true);
            return Optional.of("chunk " + newest.get("chunk") + " (version " + newest.get("version") + "), H2 would have "
                    + "started from version " + Long.toHexString(headerVersion));
        }
    }

    /** The chunk starting at this block when its header and its checksummed footer agree, else null. */
    private static Map<String, String> completeChunkAt(FileChannel channel, long block, long blocks) throws IOException {
        String first = line(read(channel, block * BLOCK, 1024));
        if (!first.startsWith("chunk:")) {
            return null;
        }
        Map<String, String> chunk = fields(first);
        if (!chunk.containsKey("chunk") || !chunk.containsKey("len") || !chunk.containsKey("version")) {
            return null;
        }
        chunk.put("block", Long.toHexString(block));
        long end = block + hex(chunk.get("len"));
        if (end > blocks) {
            return null;
        }
        Map<String, String> footer = checked(line(read(channel, end * BLOCK - FOOTER, FOOTER)).strip());
        boolean same = footer != null && chunk.get("chunk").equals(footer.get("chunk"))
                && chunk.get("version").equals(footer.get("version"));
        return same ? chunk : null;
    }

    /** The fields of a header or footer line whose fletcher checksum is right, else null. */
    private static Map<String, String> checked(String line) {
        int at = line.lastIndexOf(",fletcher:");
        if (at < 0) {
            return null;
        }
        byte[] body = line.substring(0, at).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> fields = fields(line);
        boolean valid = Integer.toHexString(DataUtils.getFletcher32(body, 0, body.length)).equals(fields.get("fletcher"));
        return valid ? fields : null;
    }

    private static byte[] withChecksum(Map<String, String> header) {
        header.remove("fletcher");
        StringBuilder body = new StringBuilder();
        header.forEach((k, v) -> body.append(body.length() == 0 ? "" : ",").append(k).append(':').append(v));
        byte[] bytes = body.toString().getBytes(StandardCharsets.ISO_8859_1);
        String line = body + ",fletcher:" + Integer.toHexString(DataUtils.getFletcher32(bytes, 0, bytes.length)) + "\n";
        byte[] out = new byte[BLOCK];
        byte[] text = line.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(text, 0, out, 0, text.length);
        return out;
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : line.split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                out.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        return out;
    }

    private static String line(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading until the buffer is full or the file ends
        }
        return buffer.array();
    }

    private static long hex(String value) {
        try {
            return Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
