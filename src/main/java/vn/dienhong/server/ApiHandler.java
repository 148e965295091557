package vn.dienhong.server;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallExecutors;

/**
 * Hands each /api/ call to the worker pool (the event loop never touches the database) and writes
 * the answer back; everything else passes on to the static files.
 */
final class ApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private final ApiRouter router;
    private final HallExecutors executors;

    ApiHandler(ApiRouter router, HallExecutors executors) {
        super(false);
        this.router = router;
        this.executors = executors;
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
                    Map.of(), null);
        } finally {
            request.release();
        }
        try {
            executors.work(() -> router.handle(api)).thenCompose(answer -> answer).whenComplete((response, failure) -> {
                ApiResponse answer = response;
                if (failure != null) {
                    LOG.error("API call {} {} failed", api.method(), api.path(), failure);
                    answer = ApiResponse.error(new ApiException(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                            "internal_error", "Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại hoặc báo kỹ thuật viên."));
                }
                HttpResponses.send(ctx, keepAlive, HttpResponses.json(answer));
            });
        } catch (RejectedExecutionException busy) {
            HttpResponses.send(ctx, false, HttpResponses.error(new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "busy", "Máy chủ đang bận. Máy tính bảng sẽ tự thử lại sau giây lát.")));
        }
    }
}
