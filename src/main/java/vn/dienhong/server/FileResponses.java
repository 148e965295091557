package vn.dienhong.server;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import vn.dienhong.logic.DocumentFile;

/**
 * Streams a document (or its first-page picture) to a tablet straight from disk (zero-copy, never whole in memory), the whole
 * file or the one byte range asked, so two hundred tablets can open a 10 MB PDF at once.
 */
final class FileResponses {
    private FileResponses() {
    }

    static void send(ChannelHandlerContext ctx, boolean keepAlive, String rangeHeader, DocumentFile file) {
        long size = file.sizeBytes();
        Optional<ByteRange> asked = ByteRange.parse(rangeHeader, size);
        if (asked.isEmpty()) {
            var refused = HttpResponses.error(new ApiException(HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    "bad_range", "Khoảng byte yêu cầu nằm ngoài tệp."));
            refused.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes */" + size);
            HttpResponses.send(ctx, keepAlive, refused);
            return;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file.path(), StandardOpenOption.READ);
        } catch (IOException e) {
            HttpResponses.send(ctx, false, HttpResponses.error(new ApiException(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "file_unreadable", "Máy chủ không đọc được tệp tài liệu. Hãy báo kỹ thuật viên.")));
            return;
        }
        ByteRange range = asked.get();
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1,
                range.partial() ? HttpResponseStatus.PARTIAL_CONTENT : HttpResponseStatus.OK);
        HttpResponses.secure(head, file.contentType()).headers()
                .set(HttpHeaderNames.CONTENT_LENGTH, range.length())
                .set(HttpHeaderNames.ACCEPT_RANGES, HttpHeaderValues.BYTES)
                // a document id names fixed bytes (a new version is a new id): the tablet may keep them
                .set(HttpHeaderNames.CACHE_CONTROL, "private, max-age=3600")
                .set(HttpHeaderNames.CONTENT_DISPOSITION, "inline; filename=\"" + file.fileName() + "\"")
                .set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        if (range.partial()) {
            head.headers().set(HttpHeaderNames.CONTENT_RANGE, range.contentRange(size));
        }
        ctx.write(head);
        ctx.write(new DefaultFileRegion(channel, range.start(), range.length()));
        ChannelFuture done = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        if (!keepAlive) {
            done.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
