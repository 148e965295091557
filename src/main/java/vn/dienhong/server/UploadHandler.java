package vn.dienhong.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a document upload (up to the council's limit, 200 MB by default) to a temporary file
 * instead of memory, then hands it to the API like any call; every other request passes on to the
 * 64 KB aggregator. A body over the limit is refused with 413 as soon as it is known to be too big.
 */
final class UploadHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);
    private static final Pattern UPLOADS = Pattern.compile("/api/v1/operator/documents(/\\d+/versions)?");
    private final ApiCalls calls;
    private final long maxBytes;
    private HttpRequest request;
    private Path file;
    private FileChannel out;
    private long received;
    /** After a refusal, the rest of that request's body is dropped until the connection closes. */
    private boolean discarding;

    UploadHandler(ApiCalls calls, long maxBytes) {
        this.calls = calls;
        this.maxBytes = maxBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest head) {
            if (!head.method().equals(HttpMethod.POST) || !UPLOADS.matcher(new QueryStringDecoder(head.uri()).path())
                    .matches()) {
                ctx.fireChannelRead(msg);
                return;
            }
            start(ctx, head);
        }
        if (request == null) {
            if (discarding && msg instanceof HttpContent) {
                ReferenceCountUtil.release(msg);
            } else if (!(msg instanceof HttpRequest)) {
                ctx.fireChannelRead(msg);
            }
            return;
        }
        if (msg instanceof HttpContent content) {
            try {
                write(ctx, content.content());
                if (request != null && msg instanceof LastHttpContent) {
                    finish(ctx);
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }
    }

    private void start(ChannelHandlerContext ctx, HttpRequest head) {
        if (HttpUtil.getContentLength(head, -1L) > maxBytes) {
            refuse(ctx, tooLarge());
            return;
        }
        try {
            file = Files.createTempFile("dienhong-upload-", ".bin");
            out = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.error("Could not open a temporary file for an upload", e);
            refuse(ctx, new ApiException(HttpResponseStatus.INSUFFICIENT_STORAGE, "disk_full",
                    "Máy chủ không ghi được tệp tạm (ổ đĩa đầy?). Hãy giải phóng ổ đĩa rồi nạp lại."));
            return;
        }
        request = head;
        received = 0;
        if (HttpUtil.is100ContinueExpected(head)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        }
    }

    private void write(ChannelHandlerContext ctx, ByteBuf bytes) {
        if (request == null) {
            return;
        }
        received += bytes.readableBytes();
        if (received > maxBytes) {
            refuse(ctx, tooLarge());
            return;
        }
        try {
            // disk writes on the event loop: uploads come from the operator's console on loopback, one at a time
            while (bytes.isReadable()) {
                bytes.readBytes(out, bytes.readableBytes());
            }
        } catch (IOException e) {
            LOG.error("Writing an upload failed", e);
            refuse(ctx, new ApiException(HttpResponseStatus.INSUFFICIENT_STORAGE, "disk_full",
                    "Máy chủ không ghi được tệp tải lên (ổ đĩa đầy?). Hãy giải phóng ổ đĩa rồi nạp lại."));
        }
    }

    private void finish(ChannelHandlerContext ctx) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        ApiRequest api = new ApiRequest(request.method(), uri.path(), uri.parameters(), request.headers().copy(),
                new byte[0], (InetSocketAddress) ctx.channel().remoteAddress(), Map.of(), null, file);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        Path done = file;
        closeFile(false);
        calls.run(ctx, api, keepAlive, () -> delete(done));
    }

    private void refuse(ChannelHandlerContext ctx, ApiException e) {
        closeFile(true);
        discarding = true;
        HttpResponses.send(ctx, false, HttpResponses.error(e));
    }

    private ApiException tooLarge() {
        return new ApiException(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "too_large", "Tệp lớn hơn giới hạn "
                + maxBytes / (1024 * 1024) + " MB. Hãy nén hoặc tách tài liệu rồi nạp lại.");
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closeFile(true);
        ctx.fireChannelInactive();
    }

    private void closeFile(boolean discard) {
        request = null;
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.warn("Closing an upload file failed", e);
            }
            out = null;
        }
        if (discard && file != null) {
            delete(file);
        }
        file = null;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary upload {}", path, e);
        }
    }
}
