package vn.dienhong.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Acknowledge a ballot only after its commit", checked the hard way: the hall runs in a child JVM
 * on a file database, 150 tablets send ballots and the hall is killed with SIGKILL in the middle of
 * the burst, once half of them are acknowledged. After a restart on the same data folder every
 * acknowledged ballot is there exactly once (a retry with the same ballot id gets the original
 * receipt), a ballot that was never acknowledged can simply be sent again, the vote is still open and
 * the tablets' sessions are still valid. Two kill rounds, on two votes, on the same data folder.
 * PIN hashes use 1,000 PBKDF2 iterations (cheap logins; logins are not under test here).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BallotKillTest {
    private static final int DELEGATES = 200;
    private static final int VOTERS = 150;
    private static final int ROUNDS = 2;
    private static final String[] CHOICES = {"APPROVE", "REJECT", "ABSTAIN"};
    /** Gap between two ballots of the burst, so that they commit in several groups rather than one. */
    private static final long SEND_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /**
     * At most this many ballots wait for an answer at once. With the kill at VOTERS / 2
     * acknowledgements, at most VOTERS / 2 + WINDOW ballots have been sent when it comes, however fast
     * or slow the machine: the kill always lands mid-burst, with ballots in flight and ballots unsent.
     */
    private static final int WINDOW = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private ChildHall hall;

    @TempDir
    Path dir;

    private record Ballot(String user, String ballotId, String choice) {
    }

    /** What the tablets saw of one burst that the kill cut short. */
    private record Burst(int sent, Map<String, String> receipts, List<String> otherAnswers, int failed, int exit) {
    }

    @AfterEach
    void stop() {
        if (hall != null) {
            hall.killNine();
        }
    }

    @Test
    void everyAcknowledgedBallotSurvivesKillNineExactlyOnce() throws Exception {
        Path config = ChildHall.cheapLoginConfig(dir);
        Path data = dir.resolve("data");
        long t0 = System.nanoTime();
        hall = ChildHall.startApp(data, config, DELEGATES, dir.resolve("hall-0.log"));
        System.out.printf("BallotKillTest: first start (with demo seeding) %d ms%n", millisSince(t0));
        String operator = login("operator", "operator-demo");
        Map<String, String> tokens = loginDelegates();
        System.out.printf("BallotKillTest: %d logins done at %d ms%n", VOTERS + 1, millisSince(t0));

        for (int round = 1; round <= ROUNDS; round++) {
            long voteId = createAndOpen(operator, "Biểu quyết kiểm tra độ bền, lượt " + round);
            List<Ballot> ballots = new ArrayList<>();
            for (int i = 1; i <= VOTERS; i++) {
                ballots.add(new Ballot(user(i), UUID.randomUUID().toString(), CHOICES[(i + round) % CHOICES.length]));
            }

            Burst burst = burstAndKill(voteId, ballots, tokens);
            assertThat(burst.exit()).as("Process.destroyForcibly() ended the hall with SIGKILL (128 + 9)")
                    .isEqualTo(137);
            assertThat(burst.otherAnswers()).as("before the kill every answer was 200").isEmpty();
            assertThat(burst.receipts().size()).as("the kill came after half the acknowledgements")
                    .isGreaterThanOrEqualTo(VOTERS / 2);
            assertThat(burst.receipts().size()).as("the kill came in the middle of the burst").isLessThan(VOTERS);

            long restart = System.nanoTime();
            hall = ChildHall.startApp(data, config, DELEGATES, dir.resolve("hall-" + round + ".log"));
            System.out.printf("BallotKillTest round %d: restart took %d ms (at %d ms)%n", round, millisSince(restart),
                    millisSince(t0));

            // sessions survive: the operator's and the tablets' tokens still work
            assertThat(get("/api/v1/me", operator).statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/me", tokens.get(user(VOTERS))).statusCode()).isEqualTo(200);
            JsonNode current = json(get("/api/v1/votes/current", tokens.get(user(1))));
            assertThat(current.get("id").asLong()).as("the vote is still the open one").isEqualTo(voteId);
            assertThat(current.get("status").asText()).isEqualTo("OPEN");
            int votedAfterRestart = json(get("/api/v1/votes/" + voteId + "/progress", operator)).get("voted").asInt();
            assertThat(votedAfterRestart).as("every acknowledged ballot is still counted")
                    .isGreaterThanOrEqualTo(burst.receipts().size());

            // every tablet retries with the SAME ballot id, as a tablet that never got its answer does
            List<CompletableFuture<HttpResponse<String>>> retries = new ArrayList<>();
            for (Ballot b : ballots) {
                retries.add(sendBallot(voteId, b, tokens));
            }
            int repeated = 0;
            for (int i = 0; i < ballots.size(); i++) {
                Ballot b = ballots.get(i);
                HttpResponse<String> answer = retries.get(i).get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as("retry of %s after restart: %s", b.user(), answer.body())
                        .isEqualTo(200);
                JsonNode body = json(answer);
                if (body.get("repeated").asBoolean()) {
                    repeated++;
                }
                String original = burst.receipts().get(b.user());
                if (original != null) {
                    assertThat(body.get("receipt").asText()).as("acknowledged ballot of %s keeps its receipt", b.user())
                            .isEqualTo(original);
                    assertThat(body.get("repeated").asBoolean()).isTrue();
                }
            }
            assertThat(repeated).as("the retries that found their ballot are exactly the ballots counted after restart")
                    .isEqualTo(votedAfterRestart);

            JsonNode result = json(post("/api/v1/operator/votes/" + voteId + "/close", operator, ""));
            Map<String, Integer> expected = new HashMap<>();
            ballots.forEach(b -> expected.merge(b.choice(), 1, Integer::sum));
            assertThat(result.get("voted").asInt()).as("each delegate with a 200, counted once").isEqualTo(VOTERS);
            assertThat(result.get("approve").asInt()).isEqualTo(expected.get("APPROVE"));
            assertThat(result.get("reject").asInt()).isEqualTo(expected.get("REJECT"));
            assertThat(result.get("abstain").asInt()).isEqualTo(expected.get("ABSTAIN"));
            assertThat(result.get("total").asInt()).isEqualTo(DELEGATES);

            System.out.printf("BallotKillTest round %d: sent %d of %d, acknowledged %d before SIGKILL (exit %d), "
                            + "%d sent without an answer; after restart %d found (%d committed but never acknowledged), "
                            + "final count %d%n", round, burst.sent(), VOTERS, burst.receipts().size(), burst.exit(),
                    burst.failed(), votedAfterRestart, votedAfterRestart - burst.receipts().size(),
                    result.get("voted").asInt());
        }
    }

    /** Sends the ballots a few milliseconds apart and kills the hall once half of them are acknowledged. */
    private Burst burstAndKill(long voteId, List<Ballot> ballots, Map<String, String> tokens) throws Exception {
        Map<String, String> receipts = new ConcurrentHashMap<>();
        List<String> otherAnswers = new CopyOnWriteArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ChildHall victim = hall;
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        Semaphore window = new Semaphore(WINDOW);
        int sent = 0;
        for (Ballot b : ballots) {
            while (!killed.get() && !window.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait(); // waiting for an answer, or for the kill
            }
            if (killed.get()) {
                break;
            }
            sent++;
            inFlight.add(sendBallot(voteId, b, tokens).handle((answer, failure) -> {
                window.release();
                if (failure != null) {
                    failed.incrementAndGet();
                } else if (answer.statusCode() == 200) {
                    // recorded before the kill is sent: an answer in hand is an acknowledgement
                    receipts.put(b.user(), receipt(answer));
                    if (receipts.size() >= VOTERS / 2 && killed.compareAndSet(false, true)) {
                        victim.sigkill();
                    }
                } else {
                    otherAnswers.add(b.user() + ": " + answer.statusCode() + " " + answer.body());
                }
                return null;
            }));
            LockSupport.parkNanos(SEND_GAP_NANOS);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        if (killed.compareAndSet(false, true)) {
            victim.sigkill();
        }
        int exit = victim.awaitExit();
        hall = null;
        return new Burst(sent, Map.copyOf(receipts), List.copyOf(otherAnswers), failed.get(), exit);
    }

    private CompletableFuture<HttpResponse<String>> sendBallot(long voteId, Ballot b, Map<String, String> tokens) {
        return http.sendAsync(request("/api/v1/votes/" + voteId + "/ballots", tokens.get(b.user()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"ballotId\":\"" + b.ballotId() + "\",\"choice\":\""
                        + b.choice() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long createAndOpen(String operator, String title) throws Exception {
        HttpResponse<String> created = post("/api/v1/operator/votes", operator,
                "{\"title\":\"" + title + "\",\"form\":\"OPEN\",\"threshold\":\"MAJORITY_OF_TOTAL\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        HttpResponse<String> opened = post("/api/v1/operator/votes/" + id + "/open", operator, "");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return id;
    }

    private Map<String, String> loginDelegates() throws Exception {
        Map<String, CompletableFuture<HttpResponse<String>>> pending = new LinkedHashMap<>();
        for (int i = 1; i <= VOTERS; i++) {
            pending.put(user(i), http.sendAsync(loginRequest(user(i), "246810"), HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, String> tokens = new HashMap<>();
        for (Map.Entry<String, CompletableFuture<HttpResponse<String>>> e : pending.entrySet()) {
            HttpResponse<String> answer = e.getValue().get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            tokens.put(e.getKey(), json(answer).get("token").asText());
        }
        return tokens;
    }

    private String login(String user, String pin) throws Exception {
        HttpResponse<String> answer = http.send(loginRequest(user, pin), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).get("token").asText();
    }

    private HttpRequest loginRequest(String user, String pin) {
        return HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/login")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                .build();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private static String user(int i) {
        return String.format("db%03d", i);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String receipt(HttpResponse<String> answer) {
        return json(answer).get("receipt").asText();
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(answer.statusCode() + " " + answer.body(), e);
        }
    }
}
