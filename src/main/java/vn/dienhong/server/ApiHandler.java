package vn.dienhong.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Hands each /api/ call to the worker pool (the event loop never touches the database) and writes
 * the answer back; everything else passes on to the static files.
 */
final class ApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ApiCalls calls;

    ApiHandler(ApiCalls calls) {
        super(false);
        this.calls = calls;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        if (!uri.path().startsWith("/api/")) {
            ctx.fireChannelRead(request);
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        ApiRequest api;
        try {
            api = new ApiRequest(request.method(), uri.path(), uri.parameters(), request.headers().copy(),
                    ByteBufUtil.getBytes(request.content()), (InetSocketAddress) ctx.channel().remoteAddress(),
                    Map.of(), null, null);
        } finally {
            request.release();
        }
        calls.run(ctx, api, keepAlive, () -> { });
    }
}
