package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tablet web app and its fonts, served with security headers; nothing outside the web folder. */
class StaticFileHandlerTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new StaticFileHandler());

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    @Test
    void theRootIsTheTabletAppWithSecurityHeaders() throws IOException {
        Answer answer = request(HttpMethod.GET, "/");
        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.headers.get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("text/html; charset=utf-8");
        assertThat(answer.headers.get("Content-Security-Policy")).contains("default-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(answer.headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.headers.get(HttpHeaderNames.CACHE_CONTROL)).isEqualTo("no-cache");
        assertThat(answer.body).isEqualTo(resource("/web/index.html"));
        assertThat(answer.text()).contains("lang=\"vi\"");
        assertThat(answer.headers.getInt(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo(answer.body.length);
    }

    @Test
    void scriptsAndStylesHaveTheirOwnTypes() {
        assertThat(request(HttpMethod.GET, "/js/app.js").headers.get(HttpHeaderNames.CONTENT_TYPE))
                .isEqualTo("text/javascript; charset=utf-8");
        assertThat(request(HttpMethod.GET, "/styles.css").headers.get(HttpHeaderNames.CONTENT_TYPE))
                .isEqualTo("text/css; charset=utf-8");
    }

    @Test
    void theVietnameseFontIsServedAsFontTtf() throws IOException {
        Answer answer = request(HttpMethod.GET, "/fonts/DejaVuSans.ttf");
        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.headers.get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("font/ttf");
        assertThat(answer.body).isEqualTo(resource("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"));
        assertThat(answer.body).startsWith(0x00, 0x01, 0x00, 0x00); // TrueType magic
    }

    @ParameterizedTest(name = "{0} is 404")
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/x", "/web/../../etc/passwd", "/%2e%2e%2f%2e%2e%2fpom.xml",
            "/js/../../pom.xml", "/fonts/../../../logback.xml", "/fonts/..%2f..%2f..%2flogback.xml",
            "/.%2e/pom.xml", "//etc/passwd", "/..", "/index.html%00.png", "/no-such-page.html"})
    void nothingOutsideTheWebFolderIsServed(String path) {
        Answer answer = request(HttpMethod.GET, path);
        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.text()).isEqualTo("Không tìm thấy trang này.").doesNotContain("<project", "root:");
        assertThat(answer.headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void pdfJsIsServedFromItsWebjarWithItsWorkerAndFontData() {
        for (String path : new String[] {"/vendor/pdfjs/build/pdf.min.mjs", "/vendor/pdfjs/build/pdf.worker.min.mjs"}) {
            Answer answer = request(HttpMethod.GET, path);
            assertThat(answer.status).as(path).isEqualTo(200);
            assertThat(answer.headers.get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("text/javascript; charset=utf-8");
        }
        assertThat(request(HttpMethod.GET, "/vendor/pdfjs/cmaps/UniGB-UCS2-H.bcmap").status).isEqualTo(200);
        assertThat(request(HttpMethod.GET, "/vendor/pdfjs/../../../../logback.xml").status).isEqualTo(404);
    }

    @Test
    void aTabletThatHasTheFileGetsNotModifiedInsteadOfTheBytesAgain() {
        Answer first = request(HttpMethod.GET, "/vendor/pdfjs/build/pdf.worker.min.mjs");
        String tag = first.headers.get(HttpHeaderNames.ETAG);
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        Answer again = request(HttpMethod.GET, "/vendor/pdfjs/build/pdf.worker.min.mjs", tag);
        assertThat(again.status).isEqualTo(304);
        assertThat(again.body).isEmpty();
        assertThat(request(HttpMethod.GET, "/vendor/pdfjs/build/pdf.worker.min.mjs", "\"stale\"").body)
                .isEqualTo(first.body);
        assertThat(request(HttpMethod.GET, "/js/app.js", tag).status).as("another file's tag").isEqualTo(200);
    }

    @Test
    void postIsRefused() {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE}) {
            Answer answer = request(method, "/index.html");
            assertThat(answer.status).as(method.name()).isIn(404, 405);
            assertThat(answer.text()).as(method.name()).doesNotContain("<html");
        }
    }

    @Test
    void headAnswersLikeGetWithoutTheBody() {
        int length = request(HttpMethod.GET, "/").body.length;
        Answer head = request(HttpMethod.HEAD, "/");
        assertThat(head.status).isEqualTo(200);
        assertThat(head.body).isEmpty();
        assertThat(head.headers.getInt(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo(length);
    }

    private Answer request(HttpMethod method, String uri) {
        return request(method, uri, null);
    }

    private Answer request(HttpMethod method, String uri, String ifNoneMatch) {
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri);
        if (ifNoneMatch != null) {
            request.headers().set(HttpHeaderNames.IF_NONE_MATCH, ifNoneMatch);
        }
        channel.writeInbound(request);
        FullHttpResponse response = channel.readOutbound();
        assertThat(response).as("a response to %s %s", method, uri).isNotNull();
        try {
            return new Answer(response.status().code(), response.headers().copy(),
                    ByteBufUtil.getBytes(response.content()));
        } finally {
            response.release();
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = StaticFileHandlerTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private record Answer(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
