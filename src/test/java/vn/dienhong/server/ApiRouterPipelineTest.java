package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.logic.HallExecutors;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.logic.PinHasher;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Role;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.MeetingDao;

/**
 * The API's gatekeeping, on the real route table and services, one handler deep: unknown paths,
 * wrong methods, who may call operator routes and from where, and what a malformed call hears.
 */
class ApiRouterPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InetSocketAddress CONTROL_ROOM = EmbeddedSocketChannel.address("127.0.0.1", 5555);
    private static final InetSocketAddress HALL_WIFI = EmbeddedSocketChannel.address("10.0.0.5", 5555);
    private static final String MOVE = "/api/v1/operator/agenda/current";
    private static Database db;
    private static HallServices services;
    private static ApiRouter router;
    private static String operator;
    private static String chair;
    private static String delegate;

    /** A small hall (one meeting, three agenda items, the demo's account names) without the demo's PDFs. */
    @BeforeAll
    static void start() {
        db = Database.openInMemory();
        PinHasher hasher = new PinHasher(TestHall.TEST_ITERATIONS);
        CouncilDao councils = new CouncilDao(db.dsl());
        MeetingDao meetings = new MeetingDao(db.dsl());
        AccountDao accounts = new AccountDao(db.dsl());
        long council = councils.insertCouncil("Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII");
        long delegateId = councils.insertDelegate(council, "Nguyễn Văn An", null, null, null, "A01");
        long meeting = meetings.insertMeeting(council, MeetingKind.SESSION, "Kỳ họp thứ Sáu", 6, null,
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10), true);
        long opening = meetings.insertAgendaItem(meeting, null, 1, "Khai mạc kỳ họp", null, 20);
        meetings.insertAgendaItem(meeting, null, 2, "Báo cáo kinh tế – xã hội", null, 45);
        meetings.insertAgendaItem(meeting, null, 3, "Bế mạc kỳ họp", null, 15);
        meetings.setCurrentAgendaItem(meeting, opening);
        accounts.insert("operator", Role.OPERATOR, null, "Kỹ thuật viên", null, hasher.hash("operator-demo"));
        accounts.insert("chair", Role.CHAIR, delegateId, "Nguyễn Văn An", null, hasher.hash("chair-demo"));
        accounts.insert("db001", Role.DELEGATE, delegateId, "Nguyễn Văn An", null, hasher.hash("246810"));
        services = HallServices.create(db, TestHall.scratchFiles(), TestHall.settings(), Clock.systemUTC(),
                HallExecutors.sameThread());
        router = ApiRoutes.create(services, ServerOptions.loopback(), token -> { });
        operator = token("operator", "operator-demo");
        chair = token("chair", "chair-demo");
        delegate = token("db001", "246810");
    }

    @AfterAll
    static void stop() {
        services.close();
        db.close();
    }

    @Test
    void anUnknownPathIs404Json() {
        Answer answer = call(router, HALL_WIFI, HttpMethod.GET, "/api/v1/nothing-here", null, null);
        assertThat(answer.status).isEqualTo(404);
        assertThat(answer.contentType).startsWith("application/json");
        assertThat(answer.json.get("error").asText()).isEqualTo("not_found");
        assertThat(answer.json.get("message").asText()).isEqualTo("Không tìm thấy địa chỉ yêu cầu.");
    }

    @Test
    void aKnownPathWithTheWrongMethodIs405() {
        Answer deleteMeeting = call(router, CONTROL_ROOM, HttpMethod.DELETE, "/api/v1/meeting", operator, null);
        assertThat(deleteMeeting.status).isEqualTo(405);
        assertThat(deleteMeeting.json.get("error").asText()).isEqualTo("method_not_allowed");
        assertThat(call(router, HALL_WIFI, HttpMethod.GET, "/api/v1/login", null, null).status).isEqualTo(405);
        assertThat(call(router, CONTROL_ROOM, HttpMethod.GET, MOVE, operator, null).status).isEqualTo(405);
    }

    @Test
    void operatorRoutesRefuseTheHallNetworkEvenWithAnOperatorToken() {
        long before = currentItem();
        long target = otherItem(before);

        Answer withToken = call(router, HALL_WIFI, HttpMethod.POST, MOVE, operator, move(target));
        assertThat(withToken.status).isEqualTo(403);
        assertThat(withToken.json.get("error").asText()).isEqualTo("forbidden");
        assertThat(withToken.json.get("message").asText()).contains("không có quyền");
        assertThat(call(router, HALL_WIFI, HttpMethod.POST, MOVE, null, move(target)).status)
                .as("without a token too").isEqualTo(403);
        assertThat(currentItem()).as("the agenda did not move").isEqualTo(before);

        // the same call from the control-room PC is allowed: the address, not the token, was refused
        assertThat(call(router, CONTROL_ROOM, HttpMethod.POST, MOVE, operator, move(target)).status).isEqualTo(200);
        assertThat(currentItem()).isEqualTo(target);
    }

    @Test
    void operatorRoutesMayBeOpenedToTheHallNetworkByConfiguration() {
        ApiRouter lanRouter = ApiRoutes.create(services, new ServerOptions("0.0.0.0", 0, Set.of(), true, 32),
                token -> { });
        long target = otherItem(currentItem());
        Answer answer = call(lanRouter, HALL_WIFI, HttpMethod.POST, MOVE, operator, move(target));
        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.json.get("currentItemId").asLong()).isEqualTo(target);
        assertThat(call(lanRouter, HALL_WIFI, HttpMethod.POST, MOVE, delegate, move(target)).status)
                .as("still not for a delegate").isEqualTo(403);
    }

    @Test
    void aDelegateCannotMoveTheAgendaEvenFromTheControlRoom() {
        long before = currentItem();
        Answer answer = call(router, CONTROL_ROOM, HttpMethod.POST, MOVE, delegate, move(otherItem(before)));
        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.json.get("error").asText()).isEqualTo("forbidden");
        assertThat(currentItem()).isEqualTo(before);
    }

    @Test
    void theChairMayMoveTheAgendaFromTheControlRoom() {
        long target = otherItem(currentItem());
        assertThat(call(router, CONTROL_ROOM, HttpMethod.POST, MOVE, chair, move(target)).status).isEqualTo(200);
        assertThat(currentItem()).isEqualTo(target);
    }

    @Test
    void aMoveWithoutItemIdIs400WithAVietnameseMessage() {
        long before = currentItem();
        for (String body : new String[] {"{}", "{\"itemId\":\"ba\"}", "{\"itemId\":null}", "{\"item\":3}"}) {
            Answer answer = call(router, CONTROL_ROOM, HttpMethod.POST, MOVE, operator, body);
            assertThat(answer.status).as(body).isEqualTo(400);
            assertThat(answer.json.get("error").asText()).as(body).isEqualTo("missing_field");
            assertThat(answer.json.get("message").asText()).as(body).startsWith("Thiếu trường \"itemId\"");
        }
        Answer notJson = call(router, CONTROL_ROOM, HttpMethod.POST, MOVE, operator, "itemId=3");
        assertThat(notJson.status).isEqualTo(400);
        assertThat(notJson.json.get("message").asText()).isEqualTo("Yêu cầu không phải JSON hợp lệ.");
        assertThat(currentItem()).isEqualTo(before);
    }

    @Test
    void anythingOutsideTheApiGoesOnToTheStaticFiles() {
        EmbeddedChannel channel = new EmbeddedSocketChannel(HALL_WIFI, new HttpObjectAggregator(65_536),
                new ApiHandler(new ApiCalls(router, HallExecutors.sameThread())));
        try {
            channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/index.html"));
            assertThat((Object) channel.readOutbound()).as("the API answered nothing").isNull();
            FullHttpRequest passedOn = channel.readInbound();
            assertThat(passedOn.uri()).isEqualTo("/index.html");
            passedOn.release();
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    private static Answer call(ApiRouter router, InetSocketAddress from, HttpMethod method, String uri, String token,
                               String body) {
        EmbeddedChannel channel = new EmbeddedSocketChannel(from, new HttpObjectAggregator(65_536),
                new ApiHandler(new ApiCalls(router, HallExecutors.sameThread())));
        try {
            DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri,
                    Unpooled.copiedBuffer(body == null ? "" : body, StandardCharsets.UTF_8));
            request.headers().set(HttpHeaderNames.HOST, "hall.local")
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, request.content().readableBytes());
            if (token != null) {
                request.headers().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
            }
            channel.writeInbound(request);
            FullHttpResponse response = channel.readOutbound();
            assertThat(response).as("an answer to %s %s", method, uri).isNotNull();
            try {
                String text = response.content().toString(StandardCharsets.UTF_8);
                return new Answer(response.status().code(), response.headers().get(HttpHeaderNames.CONTENT_TYPE),
                        text.isEmpty() ? JSON.nullNode() : JSON.readTree(text));
            } catch (IOException e) {
                throw new AssertionError("the answer is not JSON", e);
            } finally {
                response.release();
            }
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    private static String move(long itemId) {
        return "{\"itemId\":" + itemId + "}";
    }

    private static long currentItem() {
        return services.meetings().current().orElseThrow().meeting().currentAgendaItemId();
    }

    private static long otherItem(long current) {
        return services.meetings().current().orElseThrow().agenda().stream().mapToLong(AgendaItem::id)
                .filter(id -> id != current).findFirst().orElseThrow();
    }

    private static String token(String username, String pin) {
        return ((LoginResult.Success) services.auth().login(username, pin, "127.0.0.1")).token();
    }

    private record Answer(int status, String contentType, JsonNode json) {
    }
}
