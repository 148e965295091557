package vn.dienhong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.dienhong.durability.ChildHall;

/**
 * The vote burst of a full hall, measured from the tablets' side (not a unit test; see
 * docs/performance.md). For each mode a hall is started as a separate process on a fresh data
 * folder with 500 demo delegates; 500 simulated tablets log in and each holds a WebSocket; the
 * operator opens an open vote; every tablet, on hearing {@code vote.opened}, casts its ballot after a
 * random delay within 1 s. Measured: acknowledgement latency of each ballot (send → 200, retries
 * with the same ballot id included), the number acknowledged, and the "final tally": from the last
 * acknowledgement to the close answer and to {@code vote.closed} on the tablets' sockets (the close
 * request is sent the moment the last acknowledgement arrives).
 * <p>Modes: {@code app} – the real app ({@code vn.dienhong.app.Launcher --headless --demo}, group
 * commit); {@code single} – {@link BenchHallLauncher} with one transaction per ballot;
 * {@code grouped} – {@link BenchHallLauncher} with group commit (to show the launcher itself changes
 * nothing). PIN hashes use 1,000 PBKDF2 iterations: logins are not measured, and 500 logins at the
 * default 600,000 would take minutes of CPU before the first ballot.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) vn.dienhong.bench.VoteBurstBenchmark \
 *      [--delegates 500] [--modes app,single] [--bursts 2] [--spread-ms 1000] [--seed 42] [--work DIR]
 * </pre>
 */
public final class VoteBurstBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CHOICES = {"APPROVE", "REJECT", "ABSTAIN"};
    private static final int MAX_ATTEMPTS = 5;

    private final int delegates;
    private final int spreadMs;
    private final Random random;
    private final ExecutorService clientExecutor = Executors.newFixedThreadPool(4, daemon("sim-http"));
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("sim-timer"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(clientExecutor).build();
    private final List<String> hallJvmOptions;
    private String baseUrl;
    private String[] tokens;
    private TabletListener[] tablets;
    private String operatorToken;
    private volatile Burst current;
    private volatile boolean closing;

    private VoteBurstBenchmark(int delegates, int spreadMs, long seed, List<String> hallJvmOptions) {
        this.delegates = delegates;
        this.spreadMs = spreadMs;
        this.random = new Random(seed);
        this.hallJvmOptions = hallJvmOptions;
    }

    /** Everything one burst measured. */
    record Result(String mode, int burst, int acknowledged, int delegates, int retries, List<String> failures,
                  double[] latenciesMs, double closeAnswerMs, double firstClosedMs, double allClosedMs,
                  int socketsHeardClose, double openFanOutMs, long hallCpuMs, long simulatorCpuMs, String loadBefore,
                  String loadAfter, boolean countsRight, String closeBody, int progressEventsPerTablet,
                  long framesReceived, int reconnects, double sendSpanMs, double ackSpanMs) {

        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latenciesMs.length);
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, rank - 1))];
        }

        double max() {
            return latenciesMs.length == 0 ? Double.NaN : latenciesMs[latenciesMs.length - 1];
        }
    }

    /** The state of one burst while it runs; tablets' callbacks write into it. */
    private final class Burst {
        final long voteId;
        final long[] delayNanos = new long[delegates];
        final String[] ballotIds = new String[delegates];
        final String[] choices = new String[delegates];
        final long[] firstSend = new long[delegates];
        final long[] ackAt = new long[delegates];
        final int[] attempts = new int[delegates];
        final long[] openedHeard = new long[delegates];
        final long[] closedHeard = new long[delegates];
        final AtomicInteger acks = new AtomicInteger();
        final int[] progressFrames = new int[delegates];
        final AtomicLong frames = new AtomicLong();
        final AtomicInteger reconnects = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final CountDownLatch allAcked = new CountDownLatch(1);
        final CountDownLatch allHeardClose;
        final AtomicLong lastAck = new AtomicLong();
        final AtomicLong closeSent = new AtomicLong();
        final CompletableFuture<Long> closeAnswered = new CompletableFuture<>();
        volatile String closeBody = "";

        Burst(long voteId) {
            this.voteId = voteId;
            this.allHeardClose = new CountDownLatch(delegates);
            for (int i = 0; i < delegates; i++) {
                delayNanos[i] = TimeUnit.MICROSECONDS.toNanos(random.nextInt(spreadMs * 1000));
                ballotIds[i] = UUID.randomUUID().toString();
                choices[i] = CHOICES[random.nextInt(CHOICES.length)];
            }
        }

        void heardOpened(int tablet) {
            if (openedHeard[tablet] == 0) {
                openedHeard[tablet] = System.nanoTime();
                timers.schedule(() -> cast(this, tablet), delayNanos[tablet], TimeUnit.NANOSECONDS);
            }
        }

        void heardClosed(int tablet) {
            if (closedHeard[tablet] == 0) {
                closedHeard[tablet] = System.nanoTime();
                allHeardClose.countDown();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int delegates = 500;
        List<String> modes = List.of("app", "single");
        int bursts = 2;
        int spreadMs = 1000;
        long seed = 42;
        Path work = null;
        String hallJvmOptions = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--delegates" -> delegates = Integer.parseInt(args[++i]);
                case "--modes" -> modes = List.of(args[++i].split(","));
                case "--bursts" -> bursts = Integer.parseInt(args[++i]);
                case "--spread-ms" -> spreadMs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--hall-jvm-options" -> hallJvmOptions = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--delegates N --modes app,single,grouped --bursts N --spread-ms MS --seed N --work DIR)");
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("vote-burst-");
        }
        System.out.println("# Vote burst benchmark " + Instant.now());
        System.out.println(machine());
        System.out.printf("delegates=%d modes=%s bursts per hall=%d spread=%d ms seed=%d work=%s%n%n", delegates, modes,
                bursts, spreadMs, seed, work);
        List<Result> all = new ArrayList<>();
        for (String mode : modes) {
            List<String> jvm = hallJvmOptions.isBlank() ? List.of()
                    : List.of(hallJvmOptions.replace("{mode}", mode).trim().split("\\s+"));
            VoteBurstBenchmark bench = new VoteBurstBenchmark(delegates, spreadMs, seed, jvm);
            try {
                all.addAll(bench.run(mode, bursts, work.resolve(mode)));
            } finally {
                bench.clientExecutor.shutdownNow();
                bench.timers.shutdownNow();
            }
        }
        System.out.println();
        System.out.println(table(all));
        System.out.println(ratios(all));
        System.out.println("load average at the end: " + loadAverage());
        System.exit(0);
    }

    private List<Result> run(String mode, int bursts, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        Path log = dir.resolve("hall.log");
        long started = System.nanoTime();
        ChildHall hall = switch (mode) {
            case "app" -> ChildHall.startApp(data, ChildHall.cheapLoginConfig(dir), delegates, log, hallJvmOptions);
            case "single", "grouped" -> ChildHall.start(BenchHallLauncher.class.getName(), hallJvmOptions, List.of("--data",
                    data.toString(), "--demo-delegates", Integer.toString(delegates), "--port", "0",
                    "--pbkdf2-iterations", "1000", "--group-commit", Boolean.toString(mode.equals("grouped"))),
                    log, Duration.ofSeconds(180));
            default -> throw new IllegalArgumentException("unknown mode " + mode + " (app, single, grouped)");
        };
        List<Result> results = new ArrayList<>();
        try (hall) {
            baseUrl = hall.baseUrl();
            System.out.printf("[%s] hall pid %d on port %d, started in %d ms (log %s)%n", mode, hall.pid(), hall.port(),
                    millisSince(started), log);
            long t = System.nanoTime();
            operatorToken = login("operator", "operator-demo");
            loginTablets();
            System.out.printf("[%s] %d tablets logged in in %d ms%n", mode, delegates, millisSince(t));
            t = System.nanoTime();
            connectSockets();
            System.out.printf("[%s] %d WebSockets open in %d ms%n", mode, delegates, millisSince(t));
            for (int b = 1; b <= bursts; b++) {
                Thread.sleep(1_000); // let the hall settle after the logins / the previous burst
                Result r = burst(mode, b, hall);
                results.add(r);
                System.out.println(line(r));
            }
            closing = true;
            for (TabletListener tablet : tablets) {
                WebSocket socket = tablet.socket;
                if (socket != null) {
                    socket.abort();
                }
            }
        }
        return results;
    }

    private Result burst(String mode, int number, ChildHall hall) throws Exception {
        HttpResponse<String> created = send(operatorRequest("/api/v1/operator/votes",
                "{\"title\":\"Biểu quyết đo tải " + number + "\",\"form\":\"OPEN\",\"threshold\":\"MAJORITY_OF_TOTAL\"}"));
        check(created, 201);
        Burst burst = new Burst(JSON.readTree(created.body()).get("id").asLong());
        current = burst;
        String loadBefore = loadAverage();
        long hallCpu = hall.cpuTime().toMillis();
        long simCpu = simulatorCpuMillis();
        long openSent = System.nanoTime();
        check(send(operatorRequest("/api/v1/operator/votes/" + burst.voteId + "/open", "")), 200);

        boolean allAcked = burst.allAcked.await(60, TimeUnit.SECONDS);
        if (!allAcked) {
            closeNow(burst); // close anyway, to see the count
        }
        long closeAnswer = burst.closeAnswered.get(60, TimeUnit.SECONDS);
        boolean allHeard = burst.allHeardClose.await(30, TimeUnit.SECONDS);
        hallCpu = hall.cpuTime().toMillis() - hallCpu;
        simCpu = simulatorCpuMillis() - simCpu;
        current = null;

        double[] latencies = new double[delegates];
        int n = 0;
        for (int i = 0; i < delegates; i++) {
            if (burst.ackAt[i] != 0) {
                latencies[n++] = (burst.ackAt[i] - burst.firstSend[i]) / 1e6;
            }
        }
        latencies = Arrays.copyOf(latencies, n);
        Arrays.sort(latencies);
        long lastAck = burst.lastAck.get() != 0 ? burst.lastAck.get() : burst.closeSent.get();
        long firstClosed = Long.MAX_VALUE;
        long lastClosed = 0;
        int heard = 0;
        long lastOpened = 0;
        long firstSend = Long.MAX_VALUE;
        long lastSend = 0;
        for (int i = 0; i < delegates; i++) {
            if (burst.firstSend[i] != 0) {
                firstSend = Math.min(firstSend, burst.firstSend[i]);
                lastSend = Math.max(lastSend, burst.firstSend[i]);
            }
            if (burst.closedHeard[i] != 0) {
                heard++;
                firstClosed = Math.min(firstClosed, burst.closedHeard[i]);
                lastClosed = Math.max(lastClosed, burst.closedHeard[i]);
            }
            lastOpened = Math.max(lastOpened, burst.openedHeard[i]);
        }
        JsonNode closed = JSON.readTree(burst.closeBody);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < delegates; i++) {
            if (burst.ackAt[i] != 0) {
                expected.merge(burst.choices[i], 1, Integer::sum);
            }
        }
        boolean countsRight = closed.path("voted").asInt() == n
                && closed.path("approve").asInt() == expected.getOrDefault("APPROVE", 0)
                && closed.path("reject").asInt() == expected.getOrDefault("REJECT", 0)
                && closed.path("abstain").asInt() == expected.getOrDefault("ABSTAIN", 0);
        return new Result(mode, number, n, delegates, burst.retries.get(), List.copyOf(burst.failures), latencies,
                (closeAnswer - lastAck) / 1e6, heard == 0 ? Double.NaN : (firstClosed - lastAck) / 1e6,
                allHeard ? (lastClosed - lastAck) / 1e6 : Double.NaN, heard, (lastOpened - openSent) / 1e6, hallCpu,
                simCpu, loadBefore, loadAverage(), countsRight, burst.closeBody,
                Arrays.stream(burst.progressFrames).max().orElse(0), burst.frames.get(), burst.reconnects.get(),
                (lastSend - firstSend) / 1e6, (lastAck - firstSend) / 1e6);
    }

    /** One tablet casts (or re-sends, with the same ballot id) its ballot. */
    private void cast(Burst burst, int tablet) {
        long now = System.nanoTime();
        if (burst.firstSend[tablet] == 0) {
            burst.firstSend[tablet] = now;
        }
        int attempt = ++burst.attempts[tablet];
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/votes/" + burst.voteId + "/ballots"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens[tablet])
                .POST(HttpRequest.BodyPublishers.ofString("{\"ballotId\":\"" + burst.ballotIds[tablet]
                        + "\",\"choice\":\"" + burst.choices[tablet] + "\"}")).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
            long at = System.nanoTime();
            if (failure == null && answer.statusCode() == 200) {
                burst.ackAt[tablet] = at;
                if (burst.acks.incrementAndGet() == delegates) {
                    burst.lastAck.set(at);
                    closeNow(burst);
                    burst.allAcked.countDown();
                }
                return;
            }
            burst.failures.add(user(tablet) + " attempt " + attempt + " after " + (at - now) / 1_000_000 + " ms: "
                    + (failure != null ? failure.toString() : answer.statusCode() + " " + answer.body()));
            if (attempt < MAX_ATTEMPTS) {
                burst.retries.incrementAndGet();
                timers.schedule(() -> cast(burst, tablet), 100L * attempt, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** The chair's close, sent the moment the last acknowledgement arrives. */
    private void closeNow(Burst burst) {
        if (!burst.closeSent.compareAndSet(0, System.nanoTime())) {
            return;
        }
        http.sendAsync(operatorRequest("/api/v1/operator/votes/" + burst.voteId + "/close", ""),
                HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
                    long at = System.nanoTime();
                    burst.closeBody = failure != null ? "{\"error\":\"" + failure + "\"}" : answer.body();
                    burst.closeAnswered.complete(at);
                });
    }

    private void loginTablets() throws Exception {
        tokens = new String[delegates];
        Semaphore parallel = new Semaphore(16);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (int i = 0; i < delegates; i++) {
            int tablet = i;
            parallel.acquire();
            pending.add(http.sendAsync(loginRequest(user(i), "246810"), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(answer -> {
                        check(answer, 200);
                        tokens[tablet] = json(answer).get("token").asText();
                    }).whenComplete((ok, failure) -> parallel.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    private void connectSockets() throws Exception {
        tablets = new TabletListener[delegates];
        Semaphore parallel = new Semaphore(32);
        List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
        for (int i = 0; i < delegates; i++) {
            tablets[i] = new TabletListener(i);
            parallel.acquire();
            pending.add(tablets[i].connect().whenComplete((ok, failure) -> parallel.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    /**
     * One tablet's socket: reacts to vote.opened (cast after its delay) and vote.closed (note the time);
     * like the web app, it reconnects when the hall drops it and resumes after the last event it saw.
     */
    private final class TabletListener implements WebSocket.Listener {
        private final int tablet;
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private volatile long lastSeq;
        private volatile String epoch;

        TabletListener(int tablet) {
            this.tablet = tablet;
        }

        CompletableFuture<WebSocket> connect() {
            String resume = epoch == null ? "" : "?since=" + lastSeq + "&epoch=" + epoch;
            return http.newWebSocketBuilder().header("Authorization", "Bearer " + tokens[tablet])
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(baseUrl.replace("http://", "ws://") + "/ws" + resume), this)
                    .whenComplete((ws, failure) -> {
                        if (failure != null) {
                            reconnectLater();
                        }
                    });
        }

        @Override
        public void onOpen(WebSocket ws) {
            socket = ws;
            partial.setLength(0);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(String text) {
            Burst burst = current;
            if (burst != null) {
                burst.frames.incrementAndGet();
            }
            long seq = seqOf(text);
            if (text.contains("\"hello\"") || text.contains("\"resync\"")) {
                JsonNode message = json(text);
                if (message.has("epoch")) {
                    epoch = message.get("epoch").asText();
                }
                lastSeq = Math.max(lastSeq, seq);
                if (burst != null && text.contains("\"resync\"")) {
                    burst.heardOpened(tablet); // a real tablet refetches the open vote after a resync
                }
                return;
            }
            if (seq <= lastSeq) {
                return; // already seen
            }
            lastSeq = seq;
            if (burst == null) {
                return;
            }
            // most frames are vote.progress: count them without parsing
            if (text.contains("\"vote.progress\"")) {
                burst.progressFrames[tablet]++;
            } else if (text.contains("\"vote.opened\"") || text.contains("\"vote.closed\"")) {
                JsonNode message = json(text);
                if (message.path("data").path("voteId").asLong() == burst.voteId) {
                    if (message.get("type").asText().equals("vote.opened")) {
                        burst.heardOpened(tablet);
                    } else {
                        burst.heardClosed(tablet);
                    }
                }
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            reconnectLater();
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            reconnectLater();
        }

        private void reconnectLater() {
            socket = null;
            if (closing) {
                return;
            }
            Burst burst = current;
            if (burst != null) {
                burst.reconnects.incrementAndGet();
            }
            timers.schedule(this::connect, 100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(200),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The "seq" of a message, read without parsing the whole frame. */
    private static long seqOf(String text) {
        int at = text.indexOf("\"seq\":");
        if (at < 0) {
            return 0;
        }
        int from = at + 6;
        int to = from;
        while (to < text.length() && Character.isDigit(text.charAt(to))) {
            to++;
        }
        return to == from ? 0 : Long.parseLong(text.substring(from, to));
    }

    private String login(String user, String pin) throws Exception {
        HttpResponse<String> answer = send(loginRequest(user, pin));
        check(answer, 200);
        return json(answer).get("token").asText();
    }

    private HttpRequest loginRequest(String user, String pin) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/login")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                .build();
    }

    private HttpRequest operatorRequest(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + operatorToken).POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + " "
                    + answer.body());
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return json(answer.body());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String user(int i) {
        return String.format("db%03d", i + 1);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static long simulatorCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static String line(Result r) {
        return String.format(Locale.ROOT, "[%s] burst %d: acknowledged %d/%d (retries %d, failures %d) | ack latency "
                        + "p50 %.1f p95 %.1f p99 %.1f max %.1f ms | ballots sent over %.0f ms, all acknowledged %.0f ms after "
                        + "the first was sent | last ack → close answer %.1f ms, → vote.closed "
                        + "first socket %.1f ms, all %d sockets %.1f ms | open → %d sockets heard vote.opened %.1f ms | "
                        + "CPU hall %d ms, simulator %d ms | load %s → %s | counts %s | %d vote.progress events per "
                        + "tablet (≈ commits), %d frames received in all, %d socket reconnects",
                r.mode(), r.burst(), r.acknowledged(), r.delegates(), r.retries(), r.failures().size(), r.percentile(50),
                r.percentile(95), r.percentile(99), r.max(), r.sendSpanMs(), r.ackSpanMs(), r.closeAnswerMs(), r.firstClosedMs(), r.socketsHeardClose(),
                r.allClosedMs(), r.delegates(), r.openFanOutMs(), r.hallCpuMs(), r.simulatorCpuMs(), r.loadBefore(),
                r.loadAfter(), r.countsRight() ? "right" : "WRONG " + r.closeBody(), r.progressEventsPerTablet(),
                r.framesReceived(), r.reconnects())
                + (r.failures().isEmpty() ? "" : "\n    failed attempts by cause: " + failureSummary(r.failures()));
    }

    /** Failed attempts grouped by cause, with how long after their send they failed (min–max). */
    private static String failureSummary(List<String> failures) {
        Map<String, long[]> byCause = new java.util.TreeMap<>();
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile("attempt \\d+ after (\\d+) ms: (.*)");
        for (String failure : failures) {
            java.util.regex.Matcher m = shape.matcher(failure);
            if (!m.find()) {
                continue;
            }
            long after = Long.parseLong(m.group(1));
            String cause = m.group(2).length() > 120 ? m.group(2).substring(0, 120) : m.group(2);
            long[] stats = byCause.computeIfAbsent(cause, c -> new long[] {0, Long.MAX_VALUE, 0});
            stats[0]++;
            stats[1] = Math.min(stats[1], after);
            stats[2] = Math.max(stats[2], after);
        }
        StringBuilder out = new StringBuilder();
        byCause.forEach((cause, stats) -> out.append(String.format(Locale.ROOT, "%n      %d × %s (after %d–%d ms)",
                stats[0], cause, stats[1], stats[2])));
        return out.toString();
    }

    private static String table(List<Result> all) {
        StringBuilder out = new StringBuilder("| mode | burst | acked | p50 ms | p95 ms | p99 ms | max ms | "
                + "close answer ms | vote.closed first / all sockets ms | progress events (≈ commits) | reconnects | "
                + "hall CPU ms | sim CPU ms | load 1-min before→after |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : all) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d/%d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f | %d | %d "
                            + "| %d | %d | %s → %s |%n",
                    r.mode(), r.burst(), r.acknowledged(), r.delegates(), r.percentile(50), r.percentile(95),
                    r.percentile(99), r.max(), r.closeAnswerMs(), r.firstClosedMs(), r.allClosedMs(),
                    r.progressEventsPerTablet(), r.reconnects(), r.hallCpuMs(),
                    r.simulatorCpuMs(), r.loadBefore().split(" ")[0], r.loadAfter().split(" ")[0]));
        }
        return out.toString();
    }

    /** Each mode against the app (or the first mode), burst by burst: how many times slower (>1) or faster (<1). */
    private static String ratios(List<Result> all) {
        if (all.isEmpty()) {
            return "";
        }
        String base = all.stream().anyMatch(r -> r.mode().equals("app")) ? "app" : all.get(0).mode();
        StringBuilder out = new StringBuilder("\nRatios against " + base + " (value / " + base + "):\n");
        for (Result r : all) {
            if (r.mode().equals(base)) {
                continue;
            }
            all.stream().filter(b -> b.mode().equals(base) && b.burst() == r.burst()).findFirst().ifPresent(b ->
                    out.append(String.format(Locale.ROOT, "  %s/%s burst %d: p50 ×%.2f, p95 ×%.2f, p99 ×%.2f, max ×%.2f, "
                                    + "close answer ×%.2f, vote.closed on all sockets ×%.2f, hall CPU ×%.2f%n", r.mode(),
                            base, r.burst(), r.percentile(50) / b.percentile(50), r.percentile(95) / b.percentile(95),
                            r.percentile(99) / b.percentile(99), r.max() / b.max(), r.closeAnswerMs() / b.closeAnswerMs(),
                            r.allClosedMs() / b.allClosedMs(), (double) r.hallCpuMs() / b.hallCpuMs())));
        }
        return out.toString();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        return String.format("machine: %d CPUs (%s), %s %s, Java %s, load average %s",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), loadAverage());
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
