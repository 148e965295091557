package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.model.AgendaItem;

/** The tablet protocol over real sockets: what an outside client of the API contract sees. */
class HallApiSocketTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHall hall;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        hall = TestHall.start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        hall.close();
    }

    @Test
    void healthAnswersOk() throws Exception {
        HttpResponse<String> response = get("/api/v1/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void delegateLogsInAndSeesTheAgenda() throws Exception {
        HttpResponse<String> login = login("db007", "246810");
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode body = json(login);
        assertThat(body.get("role").asText()).isEqualTo("DELEGATE");
        assertThat(body.get("token").asText()).hasSizeGreaterThanOrEqualTo(22);
        String cookie = login.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).contains("dh_session=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict");

        JsonNode meeting = json(get("/api/v1/meeting", body.get("token").asText()));
        assertThat(meeting.get("title").asText()).contains("Kỳ họp thứ Sáu");
        assertThat(meeting.get("demo").asBoolean()).isTrue();
        assertThat(meeting.get("agenda").size()).isGreaterThanOrEqualTo(6);
        assertThat(meeting.get("agenda").get(0).get("title").asText()).startsWith("Khai mạc");
        assertThat(meeting.get("totalDelegates").asInt()).isEqualTo(50);

        HttpResponse<String> withCookie = http.send(HttpRequest.newBuilder(uri("/api/v1/meeting"))
                .header("Cookie", cookie.split(";")[0]).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withCookie.statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPinIsRefusedWithAVietnameseMessage() throws Exception {
        HttpResponse<String> response = login("db002", "000000");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).contains("mã PIN không đúng");
        assertThat(response.headers().firstValue("set-cookie")).isEmpty();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = post("/api/v1/login", "{\"username\": db001", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("malformed_json");
    }

    @Test
    void callsWithoutOrWithAForgedTokenAre401() throws Exception {
        assertThat(get("/api/v1/meeting", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/meeting", "forged-token-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(401);
    }

    @Test
    void loggedOutTokenNoLongerWorks() throws Exception {
        String token = json(login("db010", "246810")).get("token").asText();
        assertThat(post("/api/v1/logout", "", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/meeting", token).statusCode()).isEqualTo(401);
    }

    @Test
    void oversizedBodyIs413AndLogsNobodyIn() throws Exception {
        String huge = "{\"username\":\"db001\",\"pin\":\"" + "9".repeat(70_000) + "\"}";
        HttpResponse<String> response = post("/api/v1/login", huge, null);
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void repeatedWrongPinsAreThrottledWith429() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = login("db040", "111111");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("retry-after")).isPresent();
        assertThat(json(last).get("message").asText()).contains("thử lại sau");
        // throttled even with the right PIN from the same address
        assertThat(login("db040", "246810").statusCode()).isEqualTo(429);
        // other delegates are not affected
        assertThat(login("db041", "246810").statusCode()).isEqualTo(200);
    }

    @Test
    void delegateCannotMoveTheAgendaButTheOperatorCan() throws Exception {
        long third = hall.services().meetings().current().orElseThrow().agenda().get(2).id();
        String delegate = json(login("db003", "246810")).get("token").asText();
        assertThat(post("/api/v1/operator/agenda/current", "{\"itemId\":" + third + "}", delegate).statusCode())
                .isEqualTo(403);
        String operator = json(login("operator", "operator-demo")).get("token").asText();
        assertThat(post("/api/v1/operator/agenda/current", "{\"itemId\":999999}", operator).statusCode())
                .isEqualTo(404);
        assertThat(post("/api/v1/operator/agenda/current", "{\"itemId\":" + third + "}", operator).statusCode())
                .isEqualTo(200);
        assertThat(json(get("/api/v1/meeting", delegate)).get("currentItemId").asLong()).isEqualTo(third);
    }

    @Test
    void webSocketSaysHelloThenPushesAgendaChangesInOrder() throws Exception {
        String token = json(login("db004", "246810")).get("token").asText();
        LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .header("Origin", hall.baseUrl().replace("127.0.0.1", "localhost"))
                .buildAsync(URI.create(hall.baseUrl().replace("http", "ws") + "/ws"), collector(messages))
                .get(5, TimeUnit.SECONDS);
        JsonNode hello = messages.poll(5, TimeUnit.SECONDS);
        assertThat(hello.get("type").asText()).isEqualTo("hello");
        long helloSeq = hello.get("seq").asLong();

        AgendaItem fifth = hall.services().meetings().current().orElseThrow().agenda().get(4);
        assertThat(hall.services().meetings().moveTo(fifth.id()).get(5, TimeUnit.SECONDS)).isTrue();
        JsonNode event = messages.poll(5, TimeUnit.SECONDS);
        assertThat(event.get("type").asText()).isEqualTo("agenda.changed");
        assertThat(event.get("seq").asLong()).isGreaterThan(helloSeq);
        assertThat(event.get("data").get("currentItemId").asLong()).isEqualTo(fifth.id());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    @Test
    void loggingOutClosesThatSessionsSocketButNotOthers() throws Exception {
        String leaving = json(login("db006", "246810")).get("token").asText();
        String staying = json(login("db008", "246810")).get("token").asText();
        CompletableFuture<Integer> leavingClosed = new CompletableFuture<>();
        CompletableFuture<Integer> stayingClosed = new CompletableFuture<>();
        openSocket(leaving, leavingClosed);
        openSocket(staying, stayingClosed);
        assertThat(post("/api/v1/logout", "", leaving).statusCode()).isEqualTo(200);
        assertThat(leavingClosed).succeedsWithin(5, TimeUnit.SECONDS);
        assertThat(stayingClosed).isNotDone();
    }

    private void openSocket(String token, CompletableFuture<Integer> closed) throws Exception {
        http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(hall.baseUrl().replace("http", "ws") + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(-1);
                    }
                }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void webSocketFromAForeignOriginIs403() throws Exception {
        String token = json(login("db005", "246810")).get("token").asText();
        CompletableFuture<WebSocket> attempt = http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .header("Origin", "http://evil.example:" + hall.port())
                .buildAsync(URI.create(hall.baseUrl().replace("http", "ws") + "/ws"), collector(new LinkedBlockingQueue<>()));
        assertThat(attempt).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingRootCause().withMessageContaining("403");
    }

    @Test
    void webSocketWithoutASessionIsRefused() {
        CompletableFuture<WebSocket> attempt = http.newWebSocketBuilder()
                .buildAsync(URI.create(hall.baseUrl().replace("http", "ws") + "/ws"), collector(new LinkedBlockingQueue<>()));
        assertThat(attempt).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingRootCause().withMessageContaining("401");
    }

    @Test
    void servesTheTabletPageInVietnamese() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"vi\"");
        assertThat(get("/../../etc/passwd", null).statusCode()).isEqualTo(404);
    }

    private static WebSocket.Listener collector(LinkedBlockingQueue<JsonNode> into) {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        into.add(JSON.readTree(partial.toString()));
                    } catch (java.io.IOException e) {
                        throw new CompletionException(e);
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
    }

    private static HttpResponse<String> login(String user, String pin) throws Exception {
        return post("/api/v1/login", "{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}", null);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(hall.baseUrl() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
