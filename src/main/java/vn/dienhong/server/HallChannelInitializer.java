package vn.dienhong.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import java.util.Set;
import vn.dienhong.logic.HallServices;

/**
 * The only place that knows the order of the tablet server's pipeline: limits first, then HTTP,
 * then the WebSocket upgrade, the API and the static files. Request bodies are never decompressed.
 */
final class HallChannelInitializer extends ChannelInitializer<SocketChannel> {
    /** Tablet requests are small JSON; anything larger is refused with 413 before it is buffered. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;
    static final long REQUEST_DEADLINE_MILLIS = 15_000;
    private final ConnectionLimiter limiter;
    private final HallServices services;
    private final ApiCalls calls;
    private final TabletSockets sockets;
    private final Set<String> allowedOrigins;
    private final StaticFileHandler staticFiles = new StaticFileHandler();

    HallChannelInitializer(HallServices services, ServerOptions options, TabletSockets sockets,
                           Set<String> allowedOrigins) {
        this.services = services;
        this.limiter = new ConnectionLimiter(options.maxConnectionsPerAddress());
        this.calls = new ApiCalls(ApiRoutes.create(services, options, sockets::closeSession), services.executors());
        this.sockets = sockets;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline p = channel.pipeline();
        p.addLast(limiter);
        p.addLast(new HttpServerCodec(4096, 8192, 8192));
        // after the codec: it needs decoded messages to see where a request ends
        p.addLast(new RequestDeadlineHandler(REQUEST_DEADLINE_MILLIS));
        p.addLast(new HttpServerKeepAliveHandler());
        // document uploads stream to disk before the aggregator would refuse them as too large
        p.addLast(new UploadHandler(calls, services.settings().documents().maxUploadBytes()));
        p.addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES));
        p.addLast(new WebSocketUpgradeHandler(allowedOrigins, services.auth(), services.executors(), sockets));
        p.addLast(new ApiHandler(calls));
        p.addLast(staticFiles);
    }
}
