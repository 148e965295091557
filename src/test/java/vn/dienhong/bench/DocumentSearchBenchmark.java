package vn.dienhong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.dienhong.TestHall;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.model.Account;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;
import vn.dienhong.persistence.TextFolding;

/**
 * Measures the delegate's full-text search (goal: median under 100 ms) on a hall holding 200
 * Vietnamese documents of about 20 pages each, with 500 unaccented queries of 1–4 words, timing
 * each query whole (in process and over HTTP) and in its parts (the reader's library, Lucene).
 * <pre>
 * java -cp CLASSPATH vn.dienhong.bench.DocumentSearchBenchmark [--documents 200] [--pages 20] [--queries 500]
 * </pre>
 */
public final class DocumentSearchBenchmark {
    /** What delegates type: no marks, sometimes unfinished. */
    private static final List<String> TYPED = List.of("nghi quyet ngan sach", "dau tu cong", "bao cao kinh te xa hoi",
            "du toan", "chat van", "thuy loi", "ke hoach dau tu cong trung han", "y te", "giao duc dao tao",
            "tin nhiem", "ngan sa", "sat lo lu quet", "nong thon moi", "chuyen doi so", "ho tro dong bao");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DocumentSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new LinkedHashMap<>(Map.of("--documents", 200, "--pages", 20, "--queries", 500,
                "--warmup", 50));
        for (int i = 0; i < args.length; i += 2) {
            if (!o.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + o.keySet());
            }
            o.put(args[i], Integer.parseInt(args[i + 1]));
        }
        System.out.println(BenchMachine.describe());
        Random random = new Random(42);
        try (TestHall hall = TestHall.start()) {
            long t = System.nanoTime();
            int pages = load(hall, random, o.get("--documents"), o.get("--pages"));
            System.out.printf(Locale.ROOT, "loaded %d documents, %d pages, in %.1f s (load %s)%n", o.get("--documents"),
                    pages, (System.nanoTime() - t) / 1e9, BenchMachine.load());
            var login = (LoginResult.Success) hall.services().auth().login("db001", "246810", "127.0.0.1");
            Account reader = login.account();
            String token = login.token();
            HttpClient http = HttpClient.newHttpClient();
            var library = hall.services().documents().library();
            var index = hall.services().documents().index();
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            int hits = 0;
            int queries = o.get("--queries");
            int warmup = o.get("--warmup");
            String loadBefore = BenchMachine.load();
            for (int q = -warmup; q < queries; q++) {
                String query = query(random);
                boolean measured = q >= 0;
                Set<Long> readable = time(times, measured, "library listing (DocumentLibrary.library)",
                        () -> library.library(reader).stream().map(e -> e.document().id()).collect(Collectors.toSet()));
                time(times, measured, "Lucene alone (SearchIndex.search)", () -> index.search(query, readable, 40));
                hits += time(times, measured, "whole search in process (DocumentLibrary.search)",
                        () -> library.search(reader, query)).size() * (measured ? 1 : 0);
                HttpRequest get = HttpRequest.newBuilder(URI.create(hall.baseUrl() + "/api/v1/documents/search?q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                        .build();
                HttpResponse<String> answer = time(times, measured, "GET /api/v1/documents/search (HTTP, loopback)",
                        () -> http.send(get, HttpResponse.BodyHandlers.ofString()));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(query + " answered " + answer.statusCode() + " " + answer.body());
                }
            }
            System.out.printf(Locale.ROOT, "%n%d queries after %d warm-up ones, %.1f hits each on average; "
                    + "load %s → %s%n%n", queries, warmup, hits / (double) queries, loadBefore, BenchMachine.load());
            System.out.println("| what | median ms | p95 ms | max ms | CPU median ms |");
            System.out.println("|---|---|---|---|---|");
            times.forEach((what, list) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", what,
                    percentile(list, 50, 0), percentile(list, 95, 0), percentile(list, 100, 0), percentile(list, 50, 1)));
            System.out.println("(CPU: this thread's for the in-process parts; the whole JVM's, client and hall, for HTTP)");
        }
        System.exit(0);
    }

    /** Publishes {@code documents} generated PDFs, four at a time, and returns their total pages. */
    private static int load(TestHall hall, Random random, int documents, int pages) throws Exception {
        Path dir = Files.createTempDirectory("document-search-");
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        DocumentCategory[] categories = DocumentCategory.values();
        for (int d = 0; d < documents; d++) {
            String title = "Nghị quyết số " + (d + 1) + "/NQ-HĐND về " + BenchPdfs.paragraph(random, 6);
            Path file = dir.resolve(d + ".pdf");
            Files.write(file, BenchPdfs.textPdf(random, title, pages).bytes());
            pending.add(hall.services().documents().desk().publish(NewDocument.of(title,
                    categories[d % categories.length], null), file).thenApply(doc -> doc.pages()));
            if (pending.size() >= 4) {
                pending.get(pending.size() - 4).get(5, TimeUnit.MINUTES);
            }
        }
        int total = 0;
        for (CompletableFuture<Integer> done : pending) {
            total += done.get(5, TimeUnit.MINUTES);
        }
        return total;
    }

    /** Every fifth query is one a delegate would type; the others are 1–4 words of council prose, unaccented. */
    private static String query(Random random) {
        if (random.nextInt(5) == 0) {
            return TYPED.get(random.nextInt(TYPED.size()));
        }
        String prose = BenchPdfs.paragraph(random, 1 + random.nextInt(4));
        return TextFolding.fold(prose).replaceAll("[.,]", "");
    }

    /** Runs {@code task}, noting its wall time and CPU time (the load on this shared machine inflates the first). */
    private static <T> T time(Map<String, List<double[]>> times, boolean measured, String what, Callable<T> task) throws Exception {
        boolean http = what.startsWith("GET");
        long cpu = http ? processCpu() : THREADS.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        T result = task.call();
        if (measured) {
            times.computeIfAbsent(what, k -> new ArrayList<>()).add(new double[] {(System.nanoTime() - t) / 1e6,
                    ((http ? processCpu() : THREADS.getCurrentThreadCpuTime()) - cpu) / 1e6});
        }
        return result;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentile(List<double[]> values, int p, int column) {
        double[] sorted = values.stream().mapToDouble(v -> v[column]).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
