package vn.dienhong.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import vn.dienhong.logic.AuthService;
import vn.dienhong.logic.HallExecutors;
import vn.dienhong.model.Account;

/**
 * Turns GET /ws into a tablet's event socket, but only for a page of this server (Origin check,
 * which Netty does not do) and a valid session; the session is checked on a worker thread.
 */
final class WebSocketUpgradeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final int MAX_FRAME_BYTES = 16 * 1024;
    private final Set<String> allowedOrigins;
    private final AuthService auth;
    private final HallExecutors executors;
    private final TabletSockets sockets;

    WebSocketUpgradeHandler(Set<String> allowedOrigins, AuthService auth, HallExecutors executors,
                            TabletSockets sockets) {
        super(false);
        this.allowedOrigins = allowedOrigins;
        this.auth = auth;
        this.executors = executors;
        this.sockets = sockets;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        if (!uri.path().equals("/ws")) {
            ctx.fireChannelRead(request);
            return;
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        if (origin != null && !allowedOrigins.contains(origin)) {
            refuse(ctx, request, ApiException.forbidden());
            return;
        }
        Optional<String> token = ApiRequest.tokenOf(request.headers());
        if (token.isEmpty()) {
            refuse(ctx, request, ApiException.unauthorized());
            return;
        }
        try {
            executors.work(() -> auth.authenticate(token.get())).whenComplete((account, failure) ->
                    ctx.executor().execute(() -> upgrade(ctx, request, uri, token.get(),
                            failure == null ? account : Optional.empty())));
        } catch (RejectedExecutionException busy) {
            refuse(ctx, request, new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, "busy",
                    "Máy chủ đang bận. Máy tính bảng sẽ tự thử lại sau giây lát."));
        }
    }

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, QueryStringDecoder uri, String token,
                         Optional<Account> account) {
        try {
            if (account.isEmpty()) {
                HttpResponses.send(ctx, false, HttpResponses.error(ApiException.unauthorized()));
                return;
            }
            String host = request.headers().get(HttpHeaderNames.HOST, "localhost");
            WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
                    "ws://" + host + "/ws", null, false, MAX_FRAME_BYTES).newHandshaker(request);
            if (handshaker == null) {
                WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
                return;
            }
            ChannelPipeline pipeline = ctx.pipeline();
            pipeline.remove(RequestDeadlineHandler.class);
            pipeline.addLast(new IdleStateHandler(75, 25, 0, TimeUnit.SECONDS));
            pipeline.addLast(new TabletSocketHandler(handshaker));
            pipeline.remove(ApiHandler.class);
            pipeline.remove(StaticFileHandler.class);
            long since = longParam(uri, "since");
            String epoch = uri.parameters().getOrDefault("epoch", List.of()).stream().findFirst().orElse(null);
            handshaker.handshake(ctx.channel(), request).addListener(done -> {
                if (done.isSuccess()) {
                    sockets.join(ctx.channel(), account.get(), token, since, epoch);
                    pipeline.remove(this);
                }
            });
        } finally {
            request.release();
        }
    }

    private static void refuse(ChannelHandlerContext ctx, FullHttpRequest request, ApiException why) {
        request.release();
        HttpResponses.send(ctx, false, HttpResponses.error(why));
    }

    private static long longParam(QueryStringDecoder uri, String name) {
        try {
            return Long.parseLong(uri.parameters().getOrDefault(name, List.of("0")).get(0));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
