package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhong.server.ApiClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;

/** Attendance, speakers, opinions and notices over real sockets, as tablets and the chair use them (docs/api.md). */
class FloorApiSocketTest {
    private TestHall hall;
    private ApiClient api;

    @BeforeEach
    void start() {
        hall = TestHall.start();
        api = new ApiClient(hall.baseUrl());
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    @Test
    void checkInAndMarkingByHandCountAgainstTheQuorum() throws Exception {
        LinkedBlockingQueue<JsonNode> display = api.listen("display");
        assertThat(api.call("db001", "POST", "/api/v1/attendance", "").statusCode()).isEqualTo(200);
        JsonNode changed = next(display, "attendance.changed").get("data");
        assertThat(changed.get("present").asInt()).isEqualTo(1);
        assertThat(changed.get("total").asInt()).isEqualTo(50);
        assertThat(changed.get("required").asInt()).as("two thirds of 50").isEqualTo(34);
        assertThat(api.json("db002", "GET", "/api/v1/meeting", null).get("attendance").get("present").asInt()).isEqualTo(1);

        assertThat(api.call("guest", "POST", "/api/v1/attendance", "").statusCode()).isEqualTo(403);
        assertThat(api.call("db002", "PUT", "/api/v1/attendance/3", "{\"status\":\"PRESENT\"}").statusCode()).isEqualTo(403);
        assertThat(api.call("db002", "GET", "/api/v1/attendance", null).statusCode()).isEqualTo(403);
        long second = delegateId("db002");
        HttpStatusAndMessage noReason = refusal(api.call("secretary", "PUT", "/api/v1/attendance/" + second,
                "{\"status\":\"EXCUSED\"}"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.message()).contains("lý do");
        assertThat(api.call("secretary", "PUT", "/api/v1/attendance/" + second, "{\"status\":\"LATE\"}").statusCode())
                .isEqualTo(400);
        assertThat(api.call("secretary", "PUT", "/api/v1/attendance/999999", "{\"status\":\"ABSENT\"}").statusCode())
                .isEqualTo(404);
        JsonNode excused = api.json("secretary", "PUT", "/api/v1/attendance/" + second,
                "{\"status\":\"EXCUSED\",\"reason\":\"Đi công tác\"}");
        assertThat(excused.get("excused").asInt()).isEqualTo(1);
        assertThat(excused.get("present").asInt()).as("a refused mark changed nothing").isEqualTo(1);

        for (int i = 3; i <= 35; i++) {
            api.call(String.format("db%03d", i), "POST", "/api/v1/attendance", "");
        }
        JsonNode list = api.json("chair", "GET", "/api/v1/attendance", null);
        assertThat(list.get("present").asInt()).isEqualTo(34);
        assertThat(list.get("quorumMet").asBoolean()).isTrue();
        assertThat(list.get("delegates")).hasSize(50);
        assertThat(list.get("delegates").toString()).contains("Đi công tác", "EXCUSED", "UNMARKED");
    }

    @Test
    void aBallotChecksTheDelegateInAndScreensHearTheNewCount() throws Exception {
        assertThat(api.json("db020", "GET", "/api/v1/meeting", null).get("attendance").get("mine").asText()).isEqualTo("UNMARKED");
        long vote = api.json("operator", "POST", "/api/v1/operator/votes", "{\"title\":\"Biểu quyết\",\"form\":\"SECRET\"}")
                .get("id").asLong();
        api.call("operator", "POST", "/api/v1/operator/votes/" + vote + "/open", "");
        LinkedBlockingQueue<JsonNode> display = api.listen("display");
        assertThat(api.call("db020", "POST", "/api/v1/votes/" + vote + "/ballots",
                "{\"ballotId\":\"ballot-of-db020\",\"choice\":\"APPROVE\"}").statusCode()).isEqualTo(200);
        assertThat(next(display, "attendance.changed").get("data").get("present").asInt()).isEqualTo(1);
        assertThat(api.json("db020", "GET", "/api/v1/meeting", null).get("attendance").get("mine").asText()).isEqualTo("PRESENT");
        assertThat(api.json("guest", "GET", "/api/v1/meeting", null).get("attendance").get("mine").isNull()).isTrue();
    }

    @Test
    void theSpeakersQueueFromRequestToFloorAndDebate() throws Exception {
        LinkedBlockingQueue<JsonNode> tablet = api.listen("db010");
        JsonNode first = api.json("db003", "POST", "/api/v1/speakers", "{\"kind\":\"DISCUSSION\"}");
        assertThat(first.get("kind").asText()).isEqualTo("DISCUSSION");
        assertThat(first.get("limitSeconds").asInt()).isEqualTo(420);
        assertThat(next(tablet, "speakers.changed").get("data").get("queue")).hasSize(1);
        assertThat(api.call("db003", "POST", "/api/v1/speakers", "{\"kind\":\"DISCUSSION\"}").statusCode())
                .as("one waiting request per kind").isEqualTo(409);
        assertThat(api.call("guest", "POST", "/api/v1/speakers", "{\"kind\":\"DISCUSSION\"}").statusCode()).isEqualTo(403);
        assertThat(api.call("db004", "POST", "/api/v1/speakers", "{\"kind\":\"SHOUT\"}").statusCode()).isEqualTo(400);
        assertThat(api.call("db004", "POST", "/api/v1/speakers", "{\"kind\":\"QUESTION\"}").statusCode()).isEqualTo(400);
        long notAnOfficial = api.json("db005", "GET", "/api/v1/me", null).get("id").asLong();
        assertThat(api.call("db004", "POST", "/api/v1/speakers",
                "{\"kind\":\"QUESTION\",\"respondentId\":" + notAnOfficial + "}").statusCode()).isEqualTo(400);
        JsonNode officials = api.json("db004", "GET", "/api/v1/respondents", null);
        long ubnd = officials.get(0).get("id").asLong();
        JsonNode question = api.json("db004", "POST", "/api/v1/speakers",
                "{\"kind\":\"QUESTION\",\"respondentId\":" + ubnd + ",\"topic\":\"Tiến độ giải ngân vốn đầu tư công\"}");
        assertThat(question.get("respondentName").asText()).isEqualTo(officials.get(0).get("name").asText());
        assertThat(officials.get(0).get("title").asText()).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(api.json("ubnd", "GET", "/api/v1/questions", null).toString())
                .as("the respondent sees the question addressed to them").contains("Tiến độ giải ngân vốn đầu tư công");
        assertThat(api.json("soyte", "GET", "/api/v1/questions", null)).isEmpty();
        assertThat(api.call("db004", "GET", "/api/v1/questions", null).statusCode()).isEqualTo(403);

        long firstId = first.get("id").asLong();
        assertThat(api.call("db004", "DELETE", "/api/v1/speakers/" + firstId, null).statusCode())
                .as("another delegate's request").isEqualTo(403);
        assertThat(api.call("db004", "POST", "/api/v1/speakers/" + firstId + "/floor", "").statusCode())
                .as("a delegate cannot give the floor").isEqualTo(403);
        assertThat(api.call("db004", "POST", "/api/v1/speakers/" + firstId + "/move", "{\"place\":2}").statusCode())
                .as("a delegate cannot reorder the queue").isEqualTo(403);
        assertThat(api.call("chair", "POST", "/api/v1/speakers/" + question.get("id").asLong() + "/move", "{\"place\":1}")
                .statusCode()).isEqualTo(200);
        JsonNode queue = api.json("db010", "GET", "/api/v1/speakers", null);
        assertThat(queue.get(0).get("kind").asText()).as("the chair moved the question first").isEqualTo("QUESTION");

        JsonNode floor = api.json("chair", "POST", "/api/v1/speakers/" + firstId + "/floor", "");
        assertThat(floor.get("speaker").get("id").asLong()).isEqualTo(firstId);
        JsonNode heard = next(tablet, "floor.changed").get("data");
        assertThat(heard.get("limitSeconds").asInt()).isEqualTo(420);
        assertThat(heard.get("warningSeconds").asInt()).isEqualTo(60);
        assertThat(heard.get("endsAt").asText()).isNotBlank();
        assertThat(api.call("db003", "DELETE", "/api/v1/speakers/" + firstId, null).statusCode())
                .as("a speech under way cannot be withdrawn").isEqualTo(409);

        assertThat(api.call("db003", "POST", "/api/v1/speakers", "{\"kind\":\"DEBATE\",\"replyToId\":" + firstId + "}")
                .statusCode()).as("nobody debates their own speech").isEqualTo(400);
        JsonNode debate = api.json("db006", "POST", "/api/v1/speakers", "{\"kind\":\"DEBATE\",\"replyToId\":" + firstId + "}");
        assertThat(debate.get("replyToId").asLong()).isEqualTo(firstId);
        assertThat(api.json("chair", "POST", "/api/v1/speakers/" + firstId + "/end", "").get("speaker").isNull()).isTrue();
        assertThat(api.call("db006", "DELETE", "/api/v1/speakers/" + debate.get("id").asLong(), null).statusCode())
                .isEqualTo(200);
        assertThat(api.json("db010", "GET", "/api/v1/speakers", null)).extracting(n -> n.get("kind").asText())
                .containsExactly("QUESTION");
    }

    @Test
    void opinionsReachOnlyTheChairsInbox() throws Exception {
        assertThat(refusal(api.call("db007", "POST", "/api/v1/opinions", "{\"text\":\"   \"}")).status()).isEqualTo(400);
        HttpStatusAndMessage tooLong = refusal(api.call("db007", "POST", "/api/v1/opinions",
                "{\"text\":\"" + "ý".repeat(4_001) + "\"}"));
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.message()).contains("4000");
        assertThat(api.call("guest", "POST", "/api/v1/opinions", "{\"text\":\"Xin phát biểu\"}").statusCode()).isEqualTo(403);
        LinkedBlockingQueue<JsonNode> chair = api.listen("chair");
        JsonNode sent = api.json("db007", "POST", "/api/v1/opinions", "{\"text\":\"Đề nghị bổ sung số liệu giải ngân quý III.\"}");
        assertThat(sent.get("status").asText()).isEqualTo("NEW");
        JsonNode event = next(chair, "opinions.changed").get("data");
        assertThat(event.get("unread").asInt()).isEqualTo(1);
        assertThat(event.toString()).as("screens hear the count, never the text").doesNotContain("giải ngân");

        assertThat(api.call("db008", "GET", "/api/v1/opinions", null).statusCode()).isEqualTo(403);
        JsonNode inbox = api.json("chair", "GET", "/api/v1/opinions", null);
        assertThat(inbox.get("opinions").get(0).get("text").asText()).contains("giải ngân quý III");
        long id = inbox.get("opinions").get(0).get("id").asLong();
        assertThat(api.json("chair", "POST", "/api/v1/opinions/" + id + "/status", "{\"status\":\"ANSWERED\"}")
                .get("status").asText()).isEqualTo("ANSWERED");
        assertThat(api.json("db007", "GET", "/api/v1/opinions/mine", null).get(0).get("status").asText()).isEqualTo("ANSWERED");
        assertThat(api.json("db008", "GET", "/api/v1/opinions/mine", null)).isEmpty();
    }

    @Test
    void noticesReachEveryTabletAtOnce() throws Exception {
        LinkedBlockingQueue<JsonNode> tablet = api.listen("db009");
        assertThat(api.call("db009", "POST", "/api/v1/operator/notices", "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(api.call("operator", "POST", "/api/v1/operator/notices", "{\"text\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(api.call("operator", "POST", "/api/v1/operator/notices",
                "{\"text\":\"Nghỉ giải lao 15 phút, phiên họp tiếp tục lúc 10:15.\"}").statusCode()).isEqualTo(201);
        assertThat(next(tablet, "notice.posted").get("data").get("text").asText()).contains("10:15");
        assertThat(api.json("db009", "GET", "/api/v1/notices", null).get(0).get("text").asText()).contains("giải lao");
    }

    @Test
    void theOperatorPreparesAGroupDiscussionAndTabletsAreToldToReload() throws Exception {
        LinkedBlockingQueue<JsonNode> tablet = api.listen("db001");
        String body = "{\"kind\":\"GROUP_DISCUSSION\",\"title\":\"Thảo luận Tổ 1\",\"startsOn\":\"2026-12-10\","
                + "\"endsOn\":\"2026-12-10\",\"sittings\":[{\"title\":\"Phiên thảo luận tổ\",\"startsAt\":\"2026-12-10T14:00\"}],"
                + "\"agenda\":[{\"title\":\"Thảo luận dự thảo Nghị quyết về giá đất\",\"durationMinutes\":90,\"sitting\":1}],"
                + "\"participants\":[" + delegateId("db001") + "," + delegateId("db002") + "," + delegateId("db003") + "]}";
        assertThat(api.call("db001", "POST", "/api/v1/operator/meetings", body).statusCode()).isEqualTo(403);
        assertThat(api.call("operator", "POST", "/api/v1/operator/meetings", "{\"kind\":\"PARTY\"}").statusCode()).isEqualTo(400);
        assertThat(api.call("operator", "POST", "/api/v1/operator/meetings", body.replace("2026-12-10T14:00", "sáng"))
                .statusCode()).isEqualTo(400);
        var created = api.call("operator", "POST", "/api/v1/operator/meetings", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(next(tablet, "meeting.changed").get("data").get("kind").asText()).isEqualTo("GROUP_DISCUSSION");
        JsonNode meeting = api.json("db001", "GET", "/api/v1/meeting", null);
        assertThat(meeting.get("title").asText()).isEqualTo("Thảo luận Tổ 1");
        assertThat(meeting.get("totalDelegates").asInt()).isEqualTo(3);
        assertThat(meeting.get("attendance").get("required").asInt()).isEqualTo(2);
        assertThat(api.call("db004", "POST", "/api/v1/speakers", "{\"kind\":\"DISCUSSION\"}").statusCode())
                .as("not a member of the group").isEqualTo(403);
        assertThat(api.call("db002", "POST", "/api/v1/speakers", "{\"kind\":\"DISCUSSION\"}").statusCode())
                .as("the group has its own queue").isEqualTo(201);
    }

    private long delegateId(String user) throws Exception {
        return api.json(user, "GET", "/api/v1/me", null).get("delegateId").asLong();
    }

    private record HttpStatusAndMessage(int status, String message) {
    }

    private static HttpStatusAndMessage refusal(java.net.http.HttpResponse<String> response) throws Exception {
        return new HttpStatusAndMessage(response.statusCode(), ApiClient.JSON.readTree(response.body()).path("message").asText());
    }
}
