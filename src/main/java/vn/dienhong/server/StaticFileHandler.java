package vn.dienhong.server;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the tablet web app and its fonts from the class path; only plain file names are accepted,
 * so no request can climb out of the web folder. One instance serves every connection, so a file
 * is read from the jar once; only files that exist are cached, so the cache cannot grow without bound.
 */
@ChannelHandler.Sharable
final class StaticFileHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "ttf", "font/ttf",
            "json", "application/json; charset=utf-8", "map", "application/json; charset=utf-8");
    /** The pdf.js webjar in the pom; its files are served under /vendor/pdfjs/ (build/, cmaps/, standard_fonts/). */
    static final String PDFJS_VERSION = "5.4.624";
    /** Pages with a friendly address: the tablet app and the chair's projector display. */
    private static final Map<String, String> PAGES = Map.of("/", "/index.html", "/display", "/display.html");
    private static final Map<String, String> MOUNTS = Map.of(
            "/fonts/", "/net/sf/jasperreports/fonts/dejavu/",
            "/vendor/pdfjs/", "/META-INF/resources/webjars/pdfjs-dist/" + PDFJS_VERSION + "/");
    private final Map<String, StaticFile> cache = new ConcurrentHashMap<>();

    /** A file's bytes with the tag a tablet sends back to ask "has it changed?" (its content's hash). */
    private record StaticFile(byte[] bytes, String etag) {
        static StaticFile of(byte[] bytes) {
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
                return new StaticFile(bytes, "\"" + java.util.HexFormat.of().formatHex(hash, 0, 16) + "\"");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!request.method().equals(HttpMethod.GET) && !request.method().equals(HttpMethod.HEAD)) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.error(ApiException.notFound()));
            return;
        }
        String asked = new QueryStringDecoder(request.uri()).path();
        String path = PAGES.getOrDefault(asked, asked);
        Optional<StaticFile> body = SAFE_PATH.matcher(path).matches() && !path.contains("..")
                ? Optional.ofNullable(cache.get(path)).or(() -> load(path).map(StaticFile::of)) : Optional.empty();
        body.ifPresent(file -> cache.putIfAbsent(path, file));
        if (body.isEmpty()) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.of(HttpResponseStatus.NOT_FOUND,
                    "text/plain; charset=utf-8", "Không tìm thấy trang này.".getBytes(StandardCharsets.UTF_8)));
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        boolean unchanged = body.get().etag().equals(request.headers().get(HttpHeaderNames.IF_NONE_MATCH));
        // 304 when the tablet has this very file: pdf.js (1.5 MB) crosses the hall Wi-Fi once per tablet
        FullHttpResponse response = unchanged ? HttpResponses.of(HttpResponseStatus.NOT_MODIFIED, type, new byte[0])
                : HttpResponses.of(HttpResponseStatus.OK, type, body.get().bytes());
        // Always revalidate: a tablet must pick up a new version of the app after an update.
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache").set(HttpHeaderNames.ETAG, body.get().etag());
        if (request.method().equals(HttpMethod.HEAD)) {
            response.content().clear();
        }
        HttpResponses.send(ctx, keepAlive, response);
    }

    private static Optional<byte[]> load(String path) {
        String resource = MOUNTS.entrySet().stream().filter(m -> path.startsWith(m.getKey())).findFirst()
                .map(m -> m.getValue() + path.substring(m.getKey().length())).orElse("/web" + path);
        try (InputStream in = StaticFileHandler.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
