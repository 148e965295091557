package vn.dienhong.durability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.dienhong.TestHall;
import vn.dienhong.model.HallEvent;

/**
 * A secret ballot must leave nothing that ties a delegate to a choice: not a table row, not an
 * audit entry, not a log line, not an event the console hears or a frame a tablet receives. Ten
 * delegates with known choices vote; then everything the hall wrote or said is searched for a
 * delegate's identity (delegate id, account id, username, names, ballot id, receipt) together with
 * that delegate's own choice. The same search over an open (public) vote must find every link, so
 * the secret-ballot check cannot pass because the search is blind.
 */
class SecretBallotUnlinkabilityTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    /** Cast by db002…db011 (not db001, who is also the chair): 5 approve, 3 reject, 2 abstain. */
    private static final List<String> CHOSEN = List.of("APPROVE", "REJECT", "ABSTAIN", "APPROVE", "REJECT",
            "APPROVE", "ABSTAIN", "APPROVE", "REJECT", "APPROVE");
    /** How a person reads each choice; a log line or a row could carry the words instead of the code. */
    private static final Map<String, String> WORDS = Map.of("APPROVE", "Tán thành", "REJECT", "Không tán thành",
            "ABSTAIN", "Không biểu quyết");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<HallEvent> hubEvents = new CopyOnWriteArrayList<>();
    private final List<String> socketFrames = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;
    private TestHall hall;
    private WebSocket socket;

    /** A delegate who voted, everything that names them, and the choice they made. */
    private record Voter(String username, long delegateId, List<Long> accountIds, List<String> names,
                         String ballotId, String receipt, String choice) {
    }

    /** One place where a delegate and their own choice were found together. */
    private record Link(String where, String voter, String text) {
    }

    @BeforeEach
    void start() throws Exception {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        hall = TestHall.start();
        hall.services().events().subscribe(hubEvents::add);
        // what a tablet hears: the frames pushed to an observing delegate who does not vote
        socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token("db040"))
                .buildAsync(URI.create("ws://127.0.0.1:" + hall.port() + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            socketFrames.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.abort();
        }
        if (hall != null) {
            hall.close();
        }
        root.detachAppender(logs);
        logs.stop();
    }

    @Test
    void aSecretBallotLeavesNoLinkBetweenADelegateAndTheirChoice() throws Exception {
        long voteId = openVote("SECRET");
        List<Voter> voters = vote(voteId);
        assertThat(call("db002", "GET", "/api/v1/votes/" + voteId + "/result", null).statusCode())
                .as("no result, live or not, before the close").isEqualTo(409);
        JsonNode result = close(voteId);

        assertThat(result.get("approve").asInt()).isEqualTo(5);
        assertThat(result.get("reject").asInt()).isEqualTo(3);
        assertThat(result.get("abstain").asInt()).isEqualTo(2);
        assertThat(result.get("voted").asInt()).isEqualTo(10);
        assertThat(result.get("notVoted").asInt()).isEqualTo(40);
        assertThat(result.get("total").asInt()).isEqualTo(50);
        assertThat(result.get("passed").asBoolean()).as("5 of 50 is not more than half of the total").isFalse();
        JsonNode published = json(call("db002", "GET", "/api/v1/votes/" + voteId + "/result", null));
        assertThat(published.get("approve").asInt()).isEqualTo(5);
        assertThat(published.has("ballots")).as("a secret result lists no one's choice").isFalse();

        assertThat(findLinks(voters)).as("rows, audit entries, log lines or events naming a delegate with their choice")
                .isEmpty();

        // who voted is on record; when, or in what order, is not
        DSLContext dsl = hall.database().dsl();
        for (Record column : columns(dsl, "SECRET_VOTER")) {
            String name = column.get("COLUMN_NAME", String.class);
            assertThat(column.get("DATA_TYPE", String.class)).as("type of SECRET_VOTER.%s", name)
                    .doesNotContainIgnoringCase("TIME").doesNotContainIgnoringCase("DATE")
                    .doesNotContainIgnoringCase("INTERVAL");
            assertThat(column.get("IS_IDENTITY", String.class)).as("SECRET_VOTER.%s is no sequence", name)
                    .isEqualTo("NO");
            String defaultValue = String.valueOf(column.get("COLUMN_DEFAULT", String.class));
            assertThat(defaultValue).as("default of SECRET_VOTER.%s", name).doesNotContainIgnoringCase("CURRENT")
                    .doesNotContainIgnoringCase("NEXT VALUE").doesNotContainIgnoringCase("NOW")
                    .doesNotContainIgnoringCase("RANDOM_UUID");
            assertThat(name).as("SECRET_VOTER column").doesNotMatch("(?i).*(SEQ|ORDER|POSITION|TIME|_AT|CHOICE).*");
        }
        assertThat(dsl.fetchCount(dsl.selectFrom("SECRET_VOTER").where("VOTE_ID = ?", voteId))).isEqualTo(10);

        // the choices are only counted: per choice, how many
        assertThat(columns(dsl, "SECRET_TALLY").stream().map(c -> c.get("COLUMN_NAME", String.class)).toList())
                .containsExactlyInAnyOrder("VOTE_ID", "SUBJECT", "CHOICE", "COUNT");
        Map<String, Integer> tally = new LinkedHashMap<>();
        dsl.fetch("SELECT CHOICE, COUNT FROM SECRET_TALLY WHERE VOTE_ID = ?", voteId)
                .forEach(r -> tally.put(r.get(0, String.class), r.get(1, Integer.class)));
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of("APPROVE", 5, "REJECT", 3, "ABSTAIN", 2));

        // nothing heard before the close says how many chose what: together with the order of the
        // ballots (the audit log keeps it) a running tally would give each choice away
        List<String> beforeClose = new ArrayList<>();
        for (HallEvent e : hubEvents) {
            if (e.type().equals("vote.closed")) {
                break;
            }
            beforeClose.add(render(e));
        }
        Pattern counts = Pattern.compile("(?i)\"(approve|reject|abstain)\\w*\"\\s*:");
        assertThat(beforeClose).isNotEmpty().noneMatch(text -> counts.matcher(text).find());
        // and no audit entry of the secret vote but its closing count names a choice at all
        for (Record row : dsl.fetch("SELECT TYPE, PAYLOAD FROM AUDIT_EVENT")) {
            String payload = row.get("PAYLOAD", String.class);
            if (payload.contains("voteId=" + voteId + ";") && !row.get("TYPE", String.class).equals("vote.closed")) {
                assertThat(payload).as(row.get("TYPE", String.class)).doesNotContain("APPROVE", "REJECT", "ABSTAIN");
            }
        }
    }

    @Test
    void theSameSearchFindsEveryLinkInAnOpenVote() throws Exception {
        long voteId = openVote("OPEN");
        List<Voter> voters = vote(voteId);
        JsonNode result = close(voteId);
        assertThat(result.get("approve").asInt()).isEqualTo(5);

        List<Link> links = findLinks(voters);
        for (Voter v : voters) {
            assertThat(links).as("the public record names %s with %s", v.username(), v.choice())
                    .anyMatch(l -> l.voter().equals(v.username()) && l.where().equals("table BALLOT"))
                    .anyMatch(l -> l.voter().equals(v.username()) && l.where().equals("audit"));
        }
        // the hall logs nothing about ballots, open or secret: show that the log search would catch a line
        Voter someone = voters.get(1);
        assertThat(links(List.of(someone), "log", List.of(
                "Ballot from " + someone.username() + ": " + someone.choice(),
                "delegateId=" + someone.delegateId() + " chose " + WORDS.get(someone.choice()),
                "receipt " + someone.receipt() + " -> " + someone.choice()))).hasSize(3);
        assertThat(links(List.of(someone), "log", List.of(
                "delegateId=" + someone.delegateId() + "7 chose " + someone.choice(),
                "Ballot from " + someone.username() + " recorded"))).isEmpty();
    }

    /** Searches every table, the audit log, the log lines, the hub's events and the socket frames. */
    private List<Link> findLinks(List<Voter> voters) throws Exception {
        List<Link> links = new ArrayList<>();
        DSLContext dsl = hall.database().dsl();
        List<String> tables = dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                .getValues(0, String.class);
        assertThat(tables).contains("BALLOT", "SECRET_VOTER", "SECRET_TALLY", "AUDIT_EVENT", "ACCOUNT", "DELEGATE");
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            for (Record row : dsl.fetch("SELECT * FROM \"PUBLIC\".\"" + table + "\"")) {
                StringBuilder text = new StringBuilder();
                for (Field<?> field : row.fields()) {
                    text.append(field.getName()).append('=').append(row.get(field)).append(';');
                }
                rows.add(text.toString());
            }
            links.addAll(links(voters, "table " + table, rows));
        }
        links.addAll(links(voters, "audit", dsl.fetch("SELECT TYPE, PAYLOAD FROM AUDIT_EVENT ORDER BY SEQ")
                .map(r -> r.get(0, String.class) + " " + r.get(1, String.class))));
        assertThat(logs.list).as("the log appender is attached and hears the hall").isNotEmpty();
        links.addAll(links(voters, "log", logs.list.stream().map(SecretBallotUnlinkabilityTest::render).toList()));
        links.addAll(links(voters, "event", hubEvents.stream().map(SecretBallotUnlinkabilityTest::render).toList()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (socketFrames.stream().noneMatch(f -> f.contains("\"vote.closed\"")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(socketFrames).as("the observing tablet heard the vote close").anyMatch(f -> f.contains("\"vote.closed\""));
        links.addAll(links(voters, "socket", socketFrames));
        return links;
    }

    /** The texts that name a voter together with that voter's own choice. */
    private static List<Link> links(List<Voter> voters, String where, List<String> texts) {
        List<Link> found = new ArrayList<>();
        for (Voter v : voters) {
            List<Pattern> identity = identity(v);
            Pattern choice = Pattern.compile("\\b" + v.choice() + "\\b|" + Pattern.quote(WORDS.get(v.choice())));
            for (String text : texts) {
                if (choice.matcher(text).find() && identity.stream().anyMatch(p -> p.matcher(text).find())) {
                    found.add(new Link(where, v.username(), text));
                }
            }
        }
        return found;
    }

    /** Everything that names a voter: username, names, ballot id, receipt, and their ids where labelled as such. */
    private static List<Pattern> identity(Voter v) {
        List<Pattern> out = new ArrayList<>();
        out.add(Pattern.compile("(?i)\\b" + Pattern.quote(v.username()) + "\\b"));
        v.names().forEach(n -> out.add(Pattern.compile(Pattern.quote(n))));
        out.add(Pattern.compile(Pattern.quote(v.ballotId())));
        out.add(Pattern.compile(Pattern.quote(v.receipt())));
        out.add(Pattern.compile("(?i)delegate_?id\\W{0,3}" + v.delegateId() + "\\b"));
        for (long account : v.accountIds()) {
            out.add(Pattern.compile("(?i)account_?id\\W{0,3}" + account + "\\b"));
        }
        return out;
    }

    private List<Voter> vote(long voteId) throws Exception {
        DSLContext dsl = hall.database().dsl();
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < CHOSEN.size(); i++) {
            String username = String.format("db%03d", i + 2);
            String ballotId = UUID.randomUUID().toString();
            HttpResponse<String> answer = call(username, "POST", "/api/v1/votes/" + voteId + "/ballots",
                    "{\"ballotId\":\"" + ballotId + "\",\"choice\":\"" + CHOSEN.get(i) + "\"}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Record account = dsl.fetchOne("SELECT a.DELEGATE_ID, a.DISPLAY_NAME, d.FULL_NAME FROM ACCOUNT a "
                    + "JOIN DELEGATE d ON d.ID = a.DELEGATE_ID WHERE a.USERNAME = ?", username);
            long delegateId = account.get(0, Long.class);
            List<Long> accountIds = dsl.fetch("SELECT ID FROM ACCOUNT WHERE DELEGATE_ID = ?", delegateId)
                    .getValues(0, Long.class);
            voters.add(new Voter(username, delegateId, accountIds,
                    List.of(account.get(1, String.class), account.get(2, String.class)), ballotId,
                    json(answer).get("receipt").asText(), CHOSEN.get(i)));
        }
        return voters;
    }

    private long openVote(String form) throws Exception {
        HttpResponse<String> created = call("operator", "POST", "/api/v1/operator/votes",
                "{\"title\":\"Biểu quyết thử nghiệm\",\"form\":\"" + form + "\",\"threshold\":\"MAJORITY_OF_TOTAL\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(call("operator", "POST", "/api/v1/operator/votes/" + id + "/open", "").statusCode()).isEqualTo(200);
        return id;
    }

    private JsonNode close(long voteId) throws Exception {
        HttpResponse<String> closed = call("operator", "POST", "/api/v1/operator/votes/" + voteId + "/close", "");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return json(closed);
    }

    private static List<Record> columns(DSLContext dsl, String table) {
        return dsl.fetch("SELECT COLUMN_NAME, DATA_TYPE, IS_IDENTITY, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?", table);
    }

    private static String render(HallEvent e) {
        try {
            return e.type() + " " + JSON.writeValueAsString(e.data());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String render(ILoggingEvent e) {
        StringBuilder text = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
        e.getMDCPropertyMap().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    private String token(String user) throws Exception {
        if (!tokens.containsKey(user)) {
            String pin = user.startsWith("db") ? "246810" : user + "-demo";
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            tokens.put(user, json(login).get("token").asText());
        }
        return tokens.get(user);
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
