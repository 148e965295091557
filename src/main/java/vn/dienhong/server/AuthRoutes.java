package vn.dienhong.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.dienhong.logic.AuthService;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.model.Account;

/** Login, logout and "who am I" for tablets, the chair display and operator tools. */
final class AuthRoutes {
    private final AuthService auth;
    private final HallSettings settings;
    private final Consumer<String> sessionEnded;

    AuthRoutes(AuthService auth, HallSettings settings, Consumer<String> sessionEnded) {
        this.auth = auth;
        this.settings = settings;
        this.sessionEnded = sessionEnded;
    }

    ApiResponse login(ApiRequest request) {
        JsonNode body = request.json();
        String username = request.text(body, "username").trim();
        String pin = request.text(body, "pin");
        if (username.length() > 60 || pin.length() > 100) {
            throw ApiException.badRequest("too_long", "Tên đăng nhập hoặc mã PIN quá dài.");
        }
        String address = request.remote() == null ? "?" : request.remote().getAddress().getHostAddress();
        LoginResult result = auth.login(username, pin, address);
        if (result instanceof LoginResult.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            long minutes = (seconds + 59) / 60;
            return ApiResponse.error(new ApiException(HttpResponseStatus.TOO_MANY_REQUESTS, "throttled",
                    "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau " + minutes
                            + " phút hoặc liên hệ kỹ thuật viên.")).withHeader("Retry-After", Long.toString(seconds));
        }
        if (!(result instanceof LoginResult.Success success)) {
            throw new ApiException(HttpResponseStatus.UNAUTHORIZED, "wrong_credentials",
                    "Tên đăng nhập hoặc mã PIN không đúng. Vui lòng kiểm tra và thử lại.");
        }
        DefaultCookie cookie = new DefaultCookie(ApiRequest.SESSION_COOKIE, success.token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(CookieHeaderNames.SameSite.Strict);
        cookie.setPath("/");
        cookie.setMaxAge(settings.sessionLifetime().toSeconds());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", success.token());
        out.put("role", success.account().role().name());
        out.put("expiresAt", success.expiresAt());
        out.put("account", view(success.account()));
        return ApiResponse.ok(out)
                .withHeader(HttpHeaderNames.SET_COOKIE.toString(), ServerCookieEncoder.STRICT.encode(cookie));
    }

    ApiResponse logout(ApiRequest request) {
        ApiRequest.tokenOf(request.headers()).ifPresent(token -> {
            auth.logout(token);
            sessionEnded.accept(token);
        });
        DefaultCookie expired = new DefaultCookie(ApiRequest.SESSION_COOKIE, "");
        expired.setHttpOnly(true);
        expired.setSameSite(CookieHeaderNames.SameSite.Strict);
        expired.setPath("/");
        expired.setMaxAge(0);
        return ApiResponse.ok(Map.of("status", "logged_out"))
                .withHeader(HttpHeaderNames.SET_COOKIE.toString(), ServerCookieEncoder.STRICT.encode(expired));
    }

    ApiResponse me(ApiRequest request) {
        return ApiResponse.ok(view(request.requireAccount()));
    }

    static Map<String, Object> view(Account account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", account.id());
        out.put("username", account.username());
        out.put("role", account.role().name());
        out.put("displayName", account.displayName());
        out.put("title", account.title());
        out.put("delegateId", account.delegateId());
        return out;
    }
}
