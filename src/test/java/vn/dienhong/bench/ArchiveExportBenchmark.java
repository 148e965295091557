package vn.dienhong.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import vn.dienhong.TestHall;
import vn.dienhong.export.TextPdfWriter;
import vn.dienhong.logic.ArchiveExporter;
import vn.dienhong.logic.ArchiveVerifier;
import vn.dienhong.logic.ExportProgress;
import vn.dienhong.logic.HallServices;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.logic.NewVote;
import vn.dienhong.model.Account;
import vn.dienhong.model.DocumentAudience;
import vn.dienhong.model.DocumentCategory;
import vn.dienhong.model.NewDocument;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;
import vn.dienhong.persistence.DocumentDao;
import vn.dienhong.persistence.FileStore;

/**
 * The export target, measured (not a unit test): a meeting of 100 delegates, 60 votes of
 * every kind, 50 documents and 3 sittings exported three times; prints each time, then verifies.
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.dienhong.bench.ArchiveExportBenchmark [OUT_DIR]
 * </pre>
 */
public final class ArchiveExportBenchmark {
    private ArchiveExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("archive-bench-");
        try (TestHall hall = TestHall.start(100)) {
            long seeded = System.nanoTime();
            fill(hall);
            System.out.printf("meeting filled in %d ms: 100 delegates, 60 votes, 50 documents, 3 sittings%n",
                    (System.nanoTime() - seeded) / 1_000_000);
            ArchiveExporter exporter = new ArchiveExporter(hall.database(), new FileStore(hall.documents()),
                    Clock.systemDefaultZone());
            for (int run = 1; run <= 3; run++) {
                Path out = work.resolve("export-" + run);
                ArchiveExporter.Exported done = exporter.export(null, out, ExportProgress.NONE);
                System.out.printf("export %d: %d ms, %d files, %s%n", run, done.millis(), done.files(), out);
            }
            long started = System.nanoTime();
            boolean intact = ArchiveVerifier.verify(work.resolve("export-3")).intact();
            System.out.printf("verify: %s in %d ms; load average %s", intact ? "intact" : "NOT INTACT",
                    (System.nanoTime() - started) / 1_000_000, Files.readString(Path.of("/proc/loadavg")));
        }
    }

    private static void fill(TestHall hall) {
        HallServices s = hall.services();
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            accounts.add(((LoginResult.Success) s.auth().login(String.format("db%03d", i), "246810", "127.0.0.1")).account());
        }
        accounts.subList(0, 92).forEach(a -> s.attendance().checkIn(a).join());
        addDocuments(hall, 38);
        for (int v = 1; v <= 60; v++) {
            VoteKind kind = v <= 48 ? VoteKind.RESOLUTION : v <= 52 ? VoteKind.CONFIDENCE_RATING
                    : v <= 56 ? VoteKind.CONFIDENCE_VOTE : VoteKind.ELECTION;
            VoteForm form = kind == VoteKind.RESOLUTION && v % 6 != 0 ? VoteForm.OPEN : VoteForm.SECRET;
            List<String> subjects = kind == VoteKind.RESOLUTION ? List.of()
                    : List.of("Người thứ nhất " + v, "Người thứ hai " + v, "Người thứ ba " + v);
            Vote vote = s.votes().create(new NewVote("Biểu quyết số " + v + " về nội dung kỳ họp", kind, form,
                    Threshold.MAJORITY_OF_TOTAL, null, null, false, null, subjects, kind == VoteKind.ELECTION ? 2 : 1)).join();
            s.votes().open(vote.id()).join();
            List<CompletableFuture<?>> casts = new ArrayList<>();
            for (int d = 0; d < 90; d++) {
                String second = kind.choices().get(d % 3 == 0 ? 1 : 0);
                List<String> marks = kind == VoteKind.RESOLUTION ? List.of(d % 7 == 0 ? "REJECT" : d % 11 == 0 ? "ABSTAIN" : "APPROVE")
                        : kind == VoteKind.ELECTION ? List.of("SELECTED", d % 2 == 0 ? "SELECTED" : "NOT_SELECTED", "NOT_SELECTED")
                        : List.of(kind.choices().get(0), second, kind.choices().get(1));
                casts.add(s.votes().cast(vote.id(), accounts.get(d), UUID.randomUUID().toString(), marks));
            }
            casts.forEach(CompletableFuture::join);
            s.votes().close(vote.id()).join();
        }
    }

    private static void addDocuments(TestHall hall, int count) {
        FileStore files = new FileStore(hall.documents());
        DocumentDao documents = new DocumentDao(hall.database().dsl());
        long meeting = hall.services().meetings().current().orElseThrow().meeting().id();
        TextPdfWriter writer = new TextPdfWriter();
        for (int i = 1; i <= count; i++) {
            List<String> body = new ArrayList<>();
            for (int p = 0; p < 40; p++) {
                body.add("Đoạn " + p + " của tài liệu số " + i + ": nội dung báo cáo, số liệu và kiến nghị ngày "
                        + LocalDate.of(2026, 12, 1) + ".");
            }
            TextPdfWriter.Pdf pdf = writer.write("HĐND TỈNH LẠC HỒNG", "Tài liệu bổ sung số " + i, body);
            String hash = files.put(new ByteArrayInputStream(pdf.bytes()));
            documents.insert(meeting, new NewDocument("Tài liệu bổ sung số " + i, "TL-" + i,
                    DocumentCategory.REFERENCE, null, DocumentAudience.DELEGATES, false, false, null, null),
                    pdf.pages(), pdf.bytes().length, hash, 1, null, java.time.Instant.now());
        }
    }
}
