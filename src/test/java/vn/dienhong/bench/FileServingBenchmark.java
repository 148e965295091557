package vn.dienhong.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
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
        int rounds = 3;
        int connections = 200;
        int seconds = 10;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
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
            String heapBefore = heap(hall.pid());
            AtomicLong peakKb = watchHeap(hall.pid());
            System.out.println("hall heap before (jcmd GC.heap_info): " + heapBefore);
            Wrk.run(hallUrl, header, connections, 2, 3); // warm-up, not counted
            Wrk.run(nginx.url(), header, connections, 2, 3);
            List<String> rows = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String loadHall = BenchMachine.load();
                Wrk h = Wrk.run(hallUrl, header, connections, 2, seconds);
                String loadNginx = BenchMachine.load();
                Wrk n = Wrk.run(nginx.url(), header, connections, 2, seconds);
                ratios.add(h.megabytesPerSecond() / n.megabytesPerSecond());
                rows.add(row("hall", round, h, loadHall));
                rows.add(row("nginx", round, n, loadNginx));
                System.out.println(rows.get(rows.size() - 2) + "\n" + rows.get(rows.size() - 1));
            }
            long peak = peakKb.get();
            System.out.println("\n| server | round | requests/s | MB/s | p50 | p99 | non-2xx | socket errors | load 1/5/15 min |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%nhall/nginx throughput per round: %s%n", ratios.stream()
                    .map(r -> String.format(Locale.ROOT, "×%.2f", r)).toList());
            System.out.printf("hall heap: before %s; peak used during the rounds %,d KB (jstat); after %s; "
                    + "still running: %s; OutOfMemoryError in its log: %s%n", heapBefore, peak, heap(hall.pid()),
                    hall.process().isAlive(), Files.readString(work.resolve("hall.log")).contains("OutOfMemoryError"));
            System.out.println("load average at the end: " + BenchMachine.load());
        }
        System.exit(0);
    }

    private static String row(String server, int round, Wrk w, String load) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %s | %s | %d | %s | %s |", server, round,
                w.requestsPerSecond(), w.megabytesPerSecond(), w.p50(), w.p99(), w.non2xx(), w.socketErrors(), load);
    }

    private static String login(HttpClient http, ChildHall hall, String user, String pin) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"pin\":\"" + pin + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("token").asText();
    }

    /** The heap line of {@code jcmd PID GC.heap_info}, e.g. "garbage-first heap total 262144K, used 41234K". */
    private static String heap(long pid) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out.lines().filter(l -> l.contains(" used ")).findFirst().orElse(out).trim().replaceAll("\\s+", " ")
                .replaceAll(" \\[.*", "");
    }

    /** Samples the heap in use (survivors + eden + old, from {@code jstat -gc PID 200}) and keeps the largest. */
    private static AtomicLong watchHeap(long pid) throws Exception {
        Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "200").start();
        AtomicLong peak = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                List<String> columns = Arrays.asList(in.readLine().trim().split("\\s+"));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] v = line.trim().split("\\s+");
                    double used = 0;
                    for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(v[columns.indexOf(c)]);
                    }
                    peak.accumulateAndGet((long) used, Math::max);
                }
            } catch (Exception e) {
                // the hall stopped: keep the peak seen so far
            }
        }, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(jstat::destroy));
        return peak;
    }
}
