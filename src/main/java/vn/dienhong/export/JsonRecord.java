package vn.dienhong.export;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.dienhong.model.SessionRecord;

/**
 * The whole session record as one JSON document (the model's own field names, ISO-8601 times with
 * their offset): the complete machine-readable copy, which reads back into the same record.
 */
public final class JsonRecord {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // only the records' components: no derived values such as isSecret() or present()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonRecord() {
    }

    public static byte[] write(SessionRecord record) {
        return bytes(record);
    }

    public static SessionRecord read(byte[] json) {
        try {
            return MAPPER.readValue(json, SessionRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small JSON object, such as the export's own description. */
    public static byte[] write(Map<String, ?> object) {
        return bytes(object);
    }

    public static Map<?, ?> readMap(byte[] json) {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
