package vn.dienhong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import vn.dienhong.TestHall;
import vn.dienhong.export.PdfInspector;
import vn.dienhong.model.Document;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;

/**
 * Records how long the operator waits to load (publish: check, text extraction, store, index) a
 * 100-page PDF and a 10 MB PDF, the two sizes issue #5 names, alternating them in one run.
 * <pre>
 * java -cp CLASSPATH vn.dienhong.bench.DocumentLoadBenchmark [--rounds 3] [--work DIR]
 * </pre>
 */
public final class DocumentLoadBenchmark {
    private DocumentLoadBenchmark() {
    }

    /** One publish: the file, its size and pages, and the time of extraction alone and of the whole publish. */
    private record Load(String file, long bytes, int pages, int round, double inspectMs, double publishMs, String load) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        work = work != null ? Files.createDirectories(work) : Files.createTempDirectory("document-load-");
        System.out.println(BenchMachine.describe());
        Random random = new Random(42);
        Path hundredPages = work.resolve("hundred-pages.pdf");
        Files.write(hundredPages, BenchPdfs.textPdf(random, "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri", 100)
                .bytes());
        Path tenMegabytes = work.resolve("ten-megabytes.pdf");
        BenchPdfs.illustratedPdf(random, 10, tenMegabytes);
        List<Load> loads = new ArrayList<>();
        try (TestHall hall = TestHall.start()) {
            for (int round = 1; round <= rounds; round++) {
                for (Path file : List.of(hundredPages, tenMegabytes)) {
                    Load load = publish(hall, file, round);
                    loads.add(load);
                    System.out.printf(Locale.ROOT, "round %d %s: %,d bytes, %d pages, extraction %.0f ms, "
                                    + "publish %.0f ms (load %s)%n", round, load.file(), load.bytes(), load.pages(),
                            load.inspectMs(), load.publishMs(), load.load());
                }
            }
        }
        System.out.println();
        System.out.println("| file | size | pages | round | text extraction alone ms | publish ms | load 1/5/15 min |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Load l : loads) {
            System.out.printf(Locale.ROOT, "| %s | %.1f MB | %d | %d | %.0f | %.0f | %s |%n", l.file(), l.bytes() / 1e6,
                    l.pages(), l.round(), l.inspectMs(), l.publishMs(), l.load());
        }
        System.out.println("load average at the end: " + BenchMachine.load());
        System.exit(0);
    }

    /** Times {@link PdfInspector#inspect} alone, then the whole {@code DocumentDesk.publish} of a copy of the file. */
    private static Load publish(TestHall hall, Path file, int round) throws Exception {
        String load = BenchMachine.load();
        long t = System.nanoTime();
        new PdfInspector().inspect(file);
        double inspectMs = (System.nanoTime() - t) / 1e6;
        Path upload = Files.createTempFile("bench-upload-", ".pdf");
        Files.copy(file, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        t = System.nanoTime();
        Document doc = hall.services().documents().desk().publish(NewDocument.of("Tài liệu " + file.getFileName()
                + " lần " + round, DocumentCategory.REPORT, null), upload).get(5, TimeUnit.MINUTES);
        double publishMs = (System.nanoTime() - t) / 1e6;
        Files.delete(upload);
        return new Load(file.getFileName().toString(), doc.sizeBytes(), doc.pages(), round, inspectMs, publishMs, load);
    }
}
