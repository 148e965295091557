package vn.dienhong.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dienhong.model.Account;

/**
 * One API call as the route handlers see it: already read whole, off the event loop, with the
 * caller's account when the call carried a valid session; a document upload arrives as a file
 * ({@code upload}) instead of a body in memory.
 */
record ApiRequest(HttpMethod method, String path, Map<String, List<String>> query, HttpHeaders headers, byte[] body,
                  InetSocketAddress remote, Map<String, String> pathParams, Account account, Path upload) {

    static final String SESSION_COOKIE = "dh_session";

    /** The session token from "Authorization: Bearer …" or, for browsers, the HttpOnly cookie. */
    static Optional<String> tokenOf(HttpHeaders headers) {
        String auth = headers.get(HttpHeaderNames.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(auth.substring(7).trim());
        }
        String cookies = headers.get(HttpHeaderNames.COOKIE);
        if (cookies != null) {
            for (Cookie cookie : ServerCookieDecoder.STRICT.decode(cookies)) {
                if (cookie.name().equals(SESSION_COOKIE)) {
                    return Optional.of(cookie.value());
                }
            }
        }
        return Optional.empty();
    }

    JsonNode json() {
        return Json.object(body);
    }

    /** A required text field of the JSON body, or 400 naming the field. */
    String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("missing_field", "Thiếu trường \"" + field + "\" trong yêu cầu.");
        }
        return value.asText();
    }

    long pathId(String name) {
        try {
            return Long.parseLong(pathParams.get(name));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_id", "Mã \"" + name + "\" phải là một số.");
        }
    }

    Account requireAccount() {
        if (account == null) {
            throw ApiException.unauthorized();
        }
        return account;
    }

    boolean fromLoopback() {
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
    }

    ApiRequest withRoute(Map<String, String> params, Account caller) {
        return new ApiRequest(method, path, query, headers, body, remote, params, caller, upload);
    }
}
