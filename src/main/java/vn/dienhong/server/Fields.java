package vn.dienhong.server;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads optional typed fields of a JSON body, refusing values of the wrong shape with a 400 that names the field. */
final class Fields {
    private Fields() {
    }

    static <E extends Enum<E>> E enumValue(JsonNode body, String field, Class<E> type, E fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_" + field, "Giá trị \"" + value.asText() + "\" không hợp lệ cho " + field + ".");
        }
    }

    static Long optionalId(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong()) {
            throw ApiException.badRequest("bad_" + field, "\"" + field + "\" phải là một mã số.");
        }
        return value.asLong();
    }
}
