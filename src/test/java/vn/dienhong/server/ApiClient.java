package vn.dienhong.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A tablet's view of a test hall over real sockets: demo logins, JSON calls and a WebSocket event queue. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Calls as a demo user (db001… with PIN 246810, others with "user-demo"); body null = no body. */
    HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a file as the body, as the operator's console uploads a document. */
    HttpResponse<String> upload(String user, String path, byte[] file) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + token(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is bytes (a document file); {@code range} null = no Range header. */
    HttpResponse<byte[]> bytes(String user, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(String user, String method, String path, String body) throws Exception {
        return JSON.readTree(call(user, method, path, body).body());
    }

    String token(String user) throws Exception {
        if (!tokens.containsKey(user)) {
            String pin = user.startsWith("db") ? "246810" : user + "-demo";
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            tokens.put(user, JSON.readTree(login.body()).get("token").asText());
        }
        return tokens.get(user);
    }

    /** Opens /ws as the user; every message lands in the returned queue. */
    LinkedBlockingQueue<JsonNode> listen(String user) throws Exception {
        LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        http.newWebSocketBuilder().header("Authorization", "Bearer " + token(user))
                .buildAsync(URI.create(baseUrl.replace("http", "ws") + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            try {
                                events.add(JSON.readTree(partial.toString()));
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                            partial.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
        return events;
    }

    /** The next event of this type within a few seconds, skipping others; fails when none comes. */
    static JsonNode next(LinkedBlockingQueue<JsonNode> events, String type) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            JsonNode event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && type.equals(event.path("type").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " event within 5 s");
    }
}
