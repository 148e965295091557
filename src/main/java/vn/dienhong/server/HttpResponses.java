package vn.dienhong.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Writes complete HTTP responses with the security headers every answer of the hall server carries. */
final class HttpResponses {
    private static final String CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; "
            + "worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private HttpResponses() {
    }

    static FullHttpResponse of(HttpResponseStatus status, String contentType, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return secure(response, contentType);
    }

    /** Sets the content type and the security headers every answer carries. */
    static <T extends HttpResponse> T secure(T response, String contentType) {
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", CSP);
        return response;
    }

    static FullHttpResponse json(ApiResponse api) {
        byte[] body = api.body() == null ? new byte[0] : Json.bytes(api.body());
        FullHttpResponse response = of(api.status(), "application/json; charset=utf-8", body);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        api.headers().forEach(response.headers()::add);
        return response;
    }

    static FullHttpResponse error(ApiException e) {
        return json(ApiResponse.error(e));
    }

    /** Sends the response, keeping the connection open only when the request asked for it and it is safe. */
    static void send(ChannelHandlerContext ctx, boolean requestKeepAlive, FullHttpResponse response) {
        boolean keepAlive = requestKeepAlive && response.status().code() < 500 && response.status().code() != 413;
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

}
