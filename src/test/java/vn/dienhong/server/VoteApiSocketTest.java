package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;

/** Voting over real sockets, as the operator's tools and the tablets use it (docs/api.md). */
class VoteApiSocketTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();
    private TestHall hall;

    @BeforeEach
    void start() {
        hall = TestHall.start();
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void anOpenVoteFromCreationToResult() throws Exception {
        HttpResponse<String> created = call("operator", "POST", "/api/v1/operator/votes",
                "{\"title\":\"Thông qua Nghị quyết về dự toán ngân sách năm 2027\",\"form\":\"OPEN\","
                        + "\"threshold\":\"MAJORITY_OF_TOTAL\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(json(created).get("kind").asText()).isEqualTo("RESOLUTION");

        assertThat(call("db001", "GET", "/api/v1/votes/current", null).statusCode()).isEqualTo(204);
        assertThat(call("operator", "POST", "/api/v1/operator/votes/" + id + "/open", "").statusCode()).isEqualTo(200);
        JsonNode current = json(call("db001", "GET", "/api/v1/votes/current", null));
        assertThat(current.get("id").asLong()).isEqualTo(id);
        assertThat(current.get("choices").toString()).contains("APPROVE", "REJECT", "ABSTAIN");
        assertThat(current.get("hasVoted").asBoolean()).isFalse();

        for (int i = 1; i <= 26; i++) {
            assertThat(ballot(String.format("db%03d", i), id, UUID.randomUUID().toString(), "APPROVE").statusCode())
                    .isEqualTo(200);
        }
        ballot("db027", id, UUID.randomUUID().toString(), "REJECT");
        ballot("db028", id, UUID.randomUUID().toString(), "ABSTAIN");
        assertThat(json(call("db001", "GET", "/api/v1/votes/current", null)).get("hasVoted").asBoolean()).isTrue();

        HttpResponse<String> closed = call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", "");
        assertThat(closed.statusCode()).isEqualTo(200);
        JsonNode result = json(closed);
        assertThat(result.get("approve").asInt()).isEqualTo(26);
        assertThat(result.get("reject").asInt()).isEqualTo(1);
        assertThat(result.get("abstain").asInt()).isEqualTo(1);
        assertThat(result.get("notVoted").asInt()).isEqualTo(22);
        assertThat(result.get("total").asInt()).isEqualTo(50);
        assertThat(result.get("passed").asBoolean()).as("26 of 50 is more than half of the total").isTrue();
        assertThat(result.get("approvePercent").asDouble()).isEqualTo(52.0);

        assertThat(json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""))).isEqualTo(result);
        assertThat(ballot("db030", id, UUID.randomUUID().toString(), "APPROVE").statusCode()).isEqualTo(409);
        assertThat(call("db001", "GET", "/api/v1/votes/current", null).statusCode()).isEqualTo(204);
    }

    @Test
    void exactlyHalfOfTheTotalDoesNotPass() throws Exception {
        long id = openVote("{\"title\":\"Biểu quyết thử\",\"form\":\"SECRET\",\"threshold\":\"MAJORITY_OF_TOTAL\"}");
        for (int i = 1; i <= 25; i++) {
            ballot(String.format("db%03d", i), id, UUID.randomUUID().toString(), "APPROVE");
        }
        JsonNode result = json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""));
        assertThat(result.get("approve").asInt()).isEqualTo(25);
        assertThat(result.get("passed").asBoolean()).isFalse();
    }

    @Test
    void ballotsAreIdempotentByBallotIdAndOnePerDelegate() throws Exception {
        long id = openVote("{\"title\":\"Biểu quyết\",\"form\":\"OPEN\",\"threshold\":\"MAJORITY_OF_TOTAL\"}");
        String ballotId = UUID.randomUUID().toString();
        HttpResponse<String> first = ballot("db005", id, ballotId, "APPROVE");
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> retry = ballot("db005", id, ballotId, "APPROVE");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).get("receipt")).isEqualTo(json(first).get("receipt"));
        HttpResponse<String> second = ballot("db005", id, UUID.randomUUID().toString(), "REJECT");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("message").asText()).contains("đã biểu quyết");
        // the chair is delegate 1: voting as "chair" after db001 voted is the same delegate
        ballot("db001", id, UUID.randomUUID().toString(), "APPROVE");
        assertThat(ballot("chair", id, UUID.randomUUID().toString(), "APPROVE").statusCode()).isEqualTo(409);

        JsonNode result = json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""));
        assertThat(result.get("approve").asInt()).isEqualTo(2);
        assertThat(result.get("reject").asInt()).isZero();
    }

    @Test
    void badBallotsAreRefusedAndChangeNothing() throws Exception {
        long id = openVote("{\"title\":\"Biểu quyết\",\"form\":\"OPEN\"}");
        assertThat(ballot("db002", id, UUID.randomUUID().toString(), "MAYBE").statusCode()).isEqualTo(400);
        assertThat(ballot("db002", id, "x", "APPROVE").statusCode()).isEqualTo(400);
        assertThat(ballot("guest", id, UUID.randomUUID().toString(), "APPROVE").statusCode()).isEqualTo(403);
        assertThat(ballot("operator", id, UUID.randomUUID().toString(), "APPROVE").statusCode()).isEqualTo(403);
        assertThat(ballot("db002", 987654, UUID.randomUUID().toString(), "APPROVE").statusCode()).isEqualTo(404);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/votes/" + id + "/ballots"))
                .header("Authorization", "Bearer forged").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"ballotId\":\"" + UUID.randomUUID() + "\",\"choice\":\"APPROVE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(401);
        JsonNode result = json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""));
        assertThat(result.get("voted").asInt()).isZero();
    }

    @Test
    void aConfidenceRatingOverTheWireOneMarkPerOfficial() throws Exception {
        long id = openVote("{\"title\":\"Lấy phiếu tín nhiệm\",\"form\":\"SECRET\",\"kind\":\"CONFIDENCE_RATING\","
                + "\"subjects\":[\"Chủ tịch UBND tỉnh\",\"Giám đốc Sở Tài chính\"]}");
        JsonNode current = json(call("db001", "GET", "/api/v1/votes/current", null));
        assertThat(current.get("subjects").toString()).contains("Chủ tịch UBND tỉnh", "Giám đốc Sở Tài chính");
        assertThat(current.get("choices").toString()).contains("HIGH", "CONFIDENT", "LOW");
        for (int i = 1; i <= 34; i++) {
            assertThat(marks(String.format("db%03d", i), id, "[\"HIGH\",\"LOW\"]").statusCode()).isEqualTo(200);
        }
        assertThat(marks("db040", id, "[\"HIGH\"]").statusCode()).as("one official left unmarked").isEqualTo(400);
        assertThat(marks("db040", id, "[\"HIGH\",\"APPROVE\"]").statusCode()).isEqualTo(400);
        assertThat(marks("db040", id, "\"LOW\"").statusCode()).isEqualTo(400);
        assertThat(ballot("db040", id, UUID.randomUUID().toString(), "HIGH").statusCode())
                .as("a single choice where each official needs one").isEqualTo(400);

        JsonNode result = json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""));
        assertThat(result.get("kind").asText()).isEqualTo("CONFIDENCE_RATING");
        assertThat(result.get("voted").asInt()).isEqualTo(34);
        assertThat(result.get("passed").isNull()).as("a rating passes nothing").isTrue();
        JsonNode second = result.get("subjects").get(1);
        assertThat(second.get("name").asText()).isEqualTo("Giám đốc Sở Tài chính");
        assertThat(second.get("counts").get("LOW").asInt()).isEqualTo(34);
        assertThat(second.get("percents").get("LOW").asDouble()).isEqualTo(68.0);
        assertThat(second.get("outcome").asText()).as("34 of 50 is at least two thirds").isEqualTo("DISMISSAL_PROPOSED");
        assertThat(result.get("subjects").get(0).get("outcome").asText()).isEqualTo("NO_CONSEQUENCE");
    }

    @Test
    void anElectionRefusesMoreChoicesThanSeatsAndAnOpenForm() throws Exception {
        assertThat(call("operator", "POST", "/api/v1/operator/votes", "{\"title\":\"Bầu\",\"form\":\"OPEN\","
                + "\"kind\":\"ELECTION\",\"subjects\":[\"A\",\"B\"]}").statusCode()).isEqualTo(400);
        assertThat(call("operator", "POST", "/api/v1/operator/votes", "{\"title\":\"Bầu\",\"form\":\"SECRET\","
                + "\"kind\":\"ELECTION\",\"subjects\":\"A\"}").statusCode()).isEqualTo(400);
        long id = openVote("{\"title\":\"Bầu Phó Chủ tịch HĐND\",\"form\":\"SECRET\",\"kind\":\"ELECTION\","
                + "\"subjects\":[\"Nguyễn Văn An\",\"Trần Thị Bình\"],\"maxChoices\":1}");
        HttpResponse<String> tooMany = marks("db001", id, "[\"SELECTED\",\"SELECTED\"]");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("error").asText()).isEqualTo("too_many_selected");
        assertThat(marks("db001", id, "[\"NOT_SELECTED\",\"SELECTED\"]").statusCode()).isEqualTo(200);
        JsonNode result = json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""));
        assertThat(result.get("voted").asInt()).isEqualTo(1);
        assertThat(result.get("subjects").get(1).get("counts").get("SELECTED").asInt()).isEqualTo(1);
        assertThat(result.get("subjects").get(1).get("outcome").asText()).isEqualTo("NOT_ELECTED");
    }

    @Test
    void onlyTheOperatorRunsVotes() throws Exception {
        String body = "{\"title\":\"Biểu quyết\",\"form\":\"OPEN\"}";
        assertThat(call("db003", "POST", "/api/v1/operator/votes", body).statusCode()).isEqualTo(403);
        assertThat(call("chair", "POST", "/api/v1/operator/votes", body).statusCode()).isEqualTo(403);
        assertThat(call("operator", "POST", "/api/v1/operator/votes", "{\"form\":\"OPEN\"}").statusCode()).isEqualTo(400);
        assertThat(call("operator", "POST", "/api/v1/operator/votes", "{\"title\":\"x\",\"form\":\"SOMETIMES\"}")
                .statusCode()).isEqualTo(400);
        HttpResponse<String> present = call("operator", "POST", "/api/v1/operator/votes",
                "{\"title\":\"x\",\"threshold\":\"MAJORITY_OF_PRESENT\"}");
        assertThat(present.statusCode()).as("the default council rules do not allow majority of present").isEqualTo(400);
        assertThat(json(present).get("error").asText()).as("the code named in docs/api.md").isEqualTo("vote_invalid");
    }

    @Test
    void aHundredConcurrentBallotsWithDoubleSubmitsAndARacingClose() throws Exception {
        TestHall big;
        hall.close();
        hall = big = TestHall.start(120);
        tokens.clear();
        long id = openVote("{\"title\":\"Biểu quyết đồng loạt\",\"form\":\"OPEN\"}");
        for (int i = 1; i <= 100; i++) {
            token(String.format("db%03d", i));
        }
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            String user = String.format("db%03d", i);
            String ballotId = UUID.randomUUID().toString();
            sent.add(ballotAsync(user, id, ballotId, "APPROVE"));
            sent.add(ballotAsync(user, id, ballotId, "APPROVE"));
            if (i == 80) {
                sent.add(http.sendAsync(request("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""),
                        HttpResponse.BodyHandlers.ofString()));
            }
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        int acknowledgedDelegates = 0;
        for (int i = 0; i < sent.size(); i++) {
            statuses.merge(sent.get(i).get().statusCode(), 1, Integer::sum);
        }
        for (int i = 1; i <= 100; i++) {
            HttpResponse<String> first = sent.get(indexOf(i)).get();
            HttpResponse<String> twin = sent.get(indexOf(i) + 1).get();
            if (first.statusCode() == 200 || twin.statusCode() == 200) {
                acknowledgedDelegates++;
            }
            if (first.statusCode() == 200 && twin.statusCode() == 200) {
                assertThat(json(twin).get("receipt")).isEqualTo(json(first).get("receipt"));
            }
        }
        assertThat(statuses.keySet()).isSubsetOf(200, 409);
        JsonNode result = json(call("operator", "POST", "/api/v1/operator/votes/" + id + "/close", ""));
        assertThat(result.get("approve").asInt()).as("every acknowledged delegate counts, once")
                .isEqualTo(acknowledgedDelegates);
        assertThat(result.get("total").asInt()).isEqualTo(120);
    }

    /** Position of delegate i's first ballot in the list (the close request sits after delegate 80's pair). */
    private static int indexOf(int delegate) {
        return (delegate - 1) * 2 + (delegate > 80 ? 1 : 0);
    }

    private long openVote(String body) throws Exception {
        long id = json(call("operator", "POST", "/api/v1/operator/votes", body)).get("id").asLong();
        HttpResponse<String> opened = call("operator", "POST", "/api/v1/operator/votes/" + id + "/open", "");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> ballot(String user, long voteId, String ballotId, String choice) throws Exception {
        return ballotAsync(user, voteId, ballotId, choice).get();
    }

    private CompletableFuture<HttpResponse<String>> ballotAsync(String user, long voteId, String ballotId, String choice)
            throws Exception {
        return http.sendAsync(request(user, "POST", "/api/v1/votes/" + voteId + "/ballots",
                "{\"ballotId\":\"" + ballotId + "\",\"choice\":\"" + choice + "\"}"), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> marks(String user, long voteId, String choices) throws Exception {
        return call(user, "POST", "/api/v1/votes/" + voteId + "/ballots",
                "{\"ballotId\":\"" + UUID.randomUUID() + "\",\"choices\":" + choices + "}");
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        return http.send(request(user, method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String user, String method, String path, String body) throws Exception {
        return HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).header("Authorization", "Bearer " + token(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String token(String user) throws Exception {
        if (!tokens.containsKey(user)) {
            String pin = user.startsWith("db") ? "246810" : user + "-demo";
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            tokens.put(user, json(login).get("token").asText());
        }
        return tokens.get(user);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
