package vn.dienhong.logic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.dienhong.persistence.AuditDao;

/**
 * The audit chain as a file of JSON lines, one entry a line with every field its hash covers, so that
 * the chain can be re-hashed from the archive alone: SHA-256(prev + "\n" + seq + "\n" + epoch millis
 * of at + "\n" + type + "\n" + payload).
 */
final class AuditChainFile {
    static final String PATH = "kiem-chung/nhat-ky-kiem-chung.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChainFile() {
    }

    static void write(List<AuditDao.Entry> entries, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (AuditDao.Entry e : entries) {
            ObjectNode line = JSON.createObjectNode().put("seq", e.seq()).put("at", e.at().toString())
                    .put("atMillis", e.at().toInstant().toEpochMilli()).put("type", e.type()).put("payload", e.payload())
                    .put("prevHash", e.prevHash()).put("hash", e.hash());
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The entries of the file; an unreadable line is an error naming its number. */
    static List<AuditDao.Entry> read(Path file) throws IOException {
        List<AuditDao.Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            try {
                JsonNode n = JSON.readTree(lines.get(i));
                entries.add(new AuditDao.Entry(n.get("seq").asLong(), OffsetDateTime.parse(n.get("at").asText()),
                        n.get("type").asText(), n.get("payload").asText(), n.get("prevHash").asText(),
                        n.get("hash").asText()));
            } catch (RuntimeException | IOException e) {
                throw new IOException("dòng " + (i + 1) + " không đọc được", e);
            }
        }
        return entries;
    }
}
