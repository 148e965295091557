package vn.dienhong.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import vn.dienhong.durability.ChildHall;

/**
 * Compares the hall serving one 10 MB PDF to 200 concurrent tablets with nginx serving the same
 * file (goal: hall ≥ 0.5 × nginx), rounds alternated in one run, while the hall's heap (-Xmx256m)
 * is watched to show the file streams instead of being loaded whole.
 * <pre>
 * java -cp CLASSPATH vn.dienhong.bench.FileServingBenchmark [--rounds 3] [--connections 200] [--seconds 10]
 * </pre>
 */
public final class FileServingBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FileServingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new HashMap<>(Map.of("--rounds", 3, "--connections", 200, "--seconds", 10));
        for (int i = 0; i < args.length; i += 2) {
            if (!o.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + o.keySet());
            }
            o.put(args[i], Integer.parseInt(args[i + 1]));
        }
        int rounds = o.get("--rounds");
        int connections = o.get("--connections");
        int seconds = o.get("--seconds");
        System.out.println(BenchMachine.describe());
        Path work = Files.createTempDirectory("file-serving-");
        Path pdf = work.resolve("ten-megabytes.pdf");
        BenchPdfs.illustratedPdf(new Random(42), 10, pdf);
        byte[] expected = Files.readAllBytes(pdf);
        System.out.printf("PDF: %,d bytes; work folder %s%n", expected.length, work);
        try (ChildHall hall = ChildHall.startApp(work.resolve("data"), ChildHall.cheapLoginConfig(work), 50,
                work.resolve("hall.log"), List.of("-Xmx256m"));
             Nginx nginx = Nginx.start(work.resolve("nginx"), pdf)) {
            HttpClient http = HttpClient.newHttpClient();
            String operator = login(http, hall, "operator", "operator-demo");
            HttpResponse<String> loaded = http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl()
                    + "/api/v1/operator/documents?category=REPORT&title=" + URLEncoder.encode("Báo cáo ảnh hiện trường",
                    StandardCharsets.UTF_8))).header("Authorization", "Bearer " + operator)
                    .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofFile(pdf)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long id = JSON.readTree(loaded.body()).get("id").asLong();
            String header = "Authorization: Bearer " + login(http, hall, "db001", "246810");
            String hallUrl = hall.baseUrl() + "/api/v1/documents/" + id + "/file";
            for (String url : List.of(hallUrl, nginx.url())) {
                byte[] got = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", header
                        .substring(15)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                if (!Arrays.equals(got, expected)) {
                    throw new IllegalStateException(url + " did not send the file (" + got.length + " bytes)");
                }
            }
            String heapBefore = JvmHeap.line(hall.pid());
            java.util.concurrent.atomic.AtomicLong peakKb = JvmHeap.watchPeak(hall.pid());
            System.out.println("hall heap before (jcmd GC.heap_info): " + heapBefore);
            Wrk.run(hallUrl, header, connections, 2, 3); // warm-up, not counted
            Wrk.run(nginx.url(), header, connections, 2, 3);
            List<String> rows = new ArrayList<>();
            List<Double> hallMbps = new ArrayList<>();
            List<Double> nginxMbps = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                rows.add(measure("hall", round, hall.process().toHandle(), hallUrl, header, connections, seconds, hallMbps));
                System.out.println(rows.get(rows.size() - 1));
                rows.add(measure("nginx", round, ProcessHandle.of(nginx.pid()).orElseThrow(), nginx.url(), header,
                        connections, seconds, nginxMbps));
                System.out.println(rows.get(rows.size() - 1));
            }
            long peak = peakKb.get();
            System.out.println("\n| server | round | requests/s | MB/s | p50 | p99 | non-2xx | socket errors "
                    + "| server CPU ms per request | load 1/5/15 min |\n|---|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            for (int r = 0; r < rounds; r++) {
                System.out.printf(Locale.ROOT, "round %d: hall/nginx MB/s ×%.2f%n", r + 1,
                        hallMbps.get(r) / nginxMbps.get(r));
            }
            System.out.printf("hall heap: before %s; peak used during the rounds %,d KB (jstat); after %s; "
                    + "still running: %s; OutOfMemoryError in its log: %s%n", heapBefore, peak, JvmHeap.line(hall.pid()),
                    hall.process().isAlive(), Files.readString(work.resolve("hall.log")).contains("OutOfMemoryError"));
            System.out.println("load average at the end: " + BenchMachine.load());
        }
        System.exit(0);
    }

    /** One wrk run against {@code url}, with the CPU the server (process and children) used per request. */
    private static String measure(String server, int round, ProcessHandle process, String url, String header,
                                  int connections, int seconds, List<Double> mbps) throws Exception {
        String load = BenchMachine.load();
        long cpu = cpuMillis(process);
        Wrk w = Wrk.run(url, header, connections, 2, seconds);
        double cpuPerRequest = (cpuMillis(process) - cpu) / (double) Math.max(1, w.requests());
        mbps.add(w.megabytesPerSecond());
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %s | %s | %d | %s | %.1f | %s |", server, round,
                w.requestsPerSecond(), w.megabytesPerSecond(), w.p50(), w.p99(), w.non2xx(), w.socketErrors(),
                cpuPerRequest, load);
    }

    private static long cpuMillis(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    private static String login(HttpClient http, ChildHall hall, String user, String pin) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("token").asText();
    }
}
