package vn.dienhong.server;

import io.netty.handler.codec.http.HttpResponseStatus;

/** A refusal with its HTTP status, a stable error code for programs and a Vietnamese message for people. */
final class ApiException extends RuntimeException {
    private final HttpResponseStatus status;
    private final String code;

    ApiException(HttpResponseStatus status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(HttpResponseStatus.BAD_REQUEST, code, message);
    }

    static ApiException unauthorized() {
        return new ApiException(HttpResponseStatus.UNAUTHORIZED, "not_logged_in",
                "Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
    }

    static ApiException forbidden() {
        return new ApiException(HttpResponseStatus.FORBIDDEN, "forbidden",
                "Tài khoản của bạn không có quyền thực hiện thao tác này.");
    }

    static ApiException notFound() {
        return new ApiException(HttpResponseStatus.NOT_FOUND, "not_found", "Không tìm thấy địa chỉ yêu cầu.");
    }

    HttpResponseStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
