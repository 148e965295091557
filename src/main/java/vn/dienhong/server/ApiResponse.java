package vn.dienhong.server;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, an optional JSON body and any extra headers (cookies, Retry-After). */
record ApiResponse(HttpResponseStatus status, Object body, Map<String, String> headers) {

    static ApiResponse ok(Object body) {
        return new ApiResponse(HttpResponseStatus.OK, body, Map.of());
    }

    static ApiResponse created(Object body) {
        return new ApiResponse(HttpResponseStatus.CREATED, body, Map.of());
    }

    static ApiResponse noContent() {
        return new ApiResponse(HttpResponseStatus.NO_CONTENT, null, Map.of());
    }

    static ApiResponse error(ApiException e) {
        return new ApiResponse(e.status(), Map.of("error", e.code(), "message", e.getMessage()), Map.of());
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, body, more);
    }
}
