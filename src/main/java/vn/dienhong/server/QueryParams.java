package vn.dienhong.server;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads the query parameters of an upload (its metadata rides in the address, the file is the body). */
final class QueryParams {
    private final Map<String, List<String>> query;

    QueryParams(Map<String, List<String>> query) {
        this.query = query;
    }

    /** The parameter's value, or null when absent or blank. */
    String text(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw ApiException.badRequest("missing_" + name, "Thiếu tham số \"" + name + "\" trong địa chỉ yêu cầu.");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        String value = text(name);
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_" + name, "Giá trị \"" + value + "\" không hợp lệ cho " + name + ".");
        }
    }

    Long id(String name) {
        String value = text(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_" + name, "\"" + name + "\" phải là một mã số.");
        }
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(text(name));
    }

    /** An ISO-8601 instant such as 2026-12-01T08:00:00+07:00, or null. */
    Instant instant(String name) {
        String value = text(name);
        try {
            return value == null ? null : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad_" + name, "\"" + name + "\" phải là thời điểm dạng "
                    + "2026-12-01T08:00:00+07:00.");
        }
    }
}
