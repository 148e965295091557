package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The upload stage of the pipeline on an EmbeddedChannel: what it takes, what it passes on, what it refuses. */
class UploadHandlerTest {
    private static final int LIMIT = 1_000;

    @Test
    void aChunkedUploadThatGrowsPastTheLimitIsRefusedAndItsPartialFileDeleted() throws IOException {
        long before = partialUploads();
        EmbeddedChannel channel = new EmbeddedChannel(new UploadHandler(null, LIMIT));
        HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST,
                "/api/v1/operator/documents?title=X&category=REPORT");
        head.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        channel.writeInbound(head);
        channel.writeInbound(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[600])));
        assertThat(partialUploads()).as("the body goes to a temporary file").isEqualTo(before + 1);
        DefaultHttpContent over = new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[600]));
        channel.writeInbound(over);

        FullHttpResponse answer = channel.readOutbound();
        assertThat(answer.status().code()).isEqualTo(413);
        assertThat(answer.content().toString(java.nio.charset.StandardCharsets.UTF_8)).contains("too_large");
        assertThat(over.refCnt()).isZero();
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(partialUploads()).isEqualTo(before);
        assertThat(channel.isOpen()).as("closed after refusing").isFalse();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnyByteIsStored() throws IOException {
        long before = partialUploads();
        EmbeddedChannel channel = new EmbeddedChannel(new UploadHandler(null, LIMIT));
        HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST,
                "/api/v1/operator/documents/7/versions");
        head.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, LIMIT + 1);
        channel.writeInbound(head);
        FullHttpResponse answer = channel.readOutbound();
        assertThat(answer.status().code()).isEqualTo(413);
        assertThat(partialUploads()).isEqualTo(before);
    }

    @Test
    void everyOtherRequestPassesOnUntouched() {
        EmbeddedChannel channel = new EmbeddedChannel(new UploadHandler(null, LIMIT));
        HttpRequest ballot = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/v1/votes/1/ballots");
        HttpRequest list = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/operator/documents");
        DefaultLastHttpContent body = new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[5_000]));
        channel.writeInbound(ballot, body, list);
        assertThat((Object) channel.readInbound()).isSameAs(ballot);
        assertThat((Object) channel.readInbound()).isSameAs(body);
        assertThat((Object) channel.readInbound()).isSameAs(list);
        assertThat((Object) channel.readOutbound()).isNull();
        body.release();
    }

    private static long partialUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("dienhong-upload-")).count();
        }
    }
}
