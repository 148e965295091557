package vn.dienhong.export;

import static vn.dienhong.export.RecordWords.percent;
import static vn.dienhong.export.RecordWords.word;

import java.util.ArrayList;
import java.util.List;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;

/**
 * The sentences and table rows that report a vote, shared by the minutes and the result sheet so that
 * both print the same counts, percentages of the total and outcome in the same words.
 */
final class VoteLines {
    private VoteLines() {
    }

    /** "Biểu quyết thông qua · Biểu quyết công khai · Quá nửa tổng số đại biểu". */
    static String details(Vote vote) {
        String line = word("kind", vote.kind()) + " · " + word("form", vote.form()) + " · " + word("threshold", vote.threshold());
        return vote.kind() == VoteKind.ELECTION ? line + " · bầu " + vote.maxChoices() + " trong số "
                + vote.subjects().size() + " người" : line;
    }

    /** The smallest count that meets the threshold against this total (and present). */
    static int needed(Threshold threshold, int total, int present) {
        for (int n = 0; n <= Math.max(total, present); n++) {
            if (threshold.isMet(n, total, present)) {
                return n;
            }
        }
        return total + 1;
    }

    /** Rows {label, count, percent of total} of a resolution, from who took part down to who did not. */
    static List<String[]> resolutionRows(VoteResult r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Tham gia biểu quyết", r.voted(), r.total()));
        rows.add(row(RecordWords.choice(VoteKind.RESOLUTION, "APPROVE"), r.approve(), r.total()));
        rows.add(row(RecordWords.choice(VoteKind.RESOLUTION, "REJECT"), r.reject(), r.total()));
        rows.add(row(RecordWords.choice(VoteKind.RESOLUTION, "ABSTAIN"), r.abstain(), r.total()));
        rows.add(row(RecordWords.choice(VoteKind.RESOLUTION, null), r.notVoted(), r.total()));
        return rows;
    }

    /** The outcome of a resolution against its threshold, in one sentence. */
    static String resolutionOutcome(VoteResult r) {
        return word("passed." + r.passed()) + " (tán thành " + r.approve() + "/" + r.total() + " đại biểu, "
                + percent(r.approve(), r.total()) + "; điều kiện: " + word("threshold", r.threshold()).toLowerCase()
                + ", cần ít nhất " + needed(r.threshold(), r.total(), r.present()) + " đại biểu tán thành).";
    }

    /** Headings of a subject table: name, each level, the outcome. */
    static String[] subjectHeadings(VoteKind kind) {
        List<String> headings = new ArrayList<>(List.of(kind == VoteKind.ELECTION ? "Người ứng cử" : "Người được lấy phiếu"));
        kind.choices().forEach(c -> headings.add(RecordWords.choice(kind, c)));
        headings.add("Kết quả");
        return headings.toArray(String[]::new);
    }

    static String[] subjectRow(VoteKind kind, SubjectResult s, int total) {
        List<String> cells = new ArrayList<>(List.of(s.name()));
        kind.choices().forEach(c -> cells.add(s.count(c) + " (" + percent(s.count(c), total) + ")"));
        cells.add(word("outcome." + kind.name() + "." + s.outcome().name()));
        return cells.toArray(String[]::new);
    }

    static float[] subjectShares(VoteKind kind) {
        float[] shares = new float[kind.choices().size() + 2];
        shares[0] = 5;
        for (int i = 1; i < shares.length - 1; i++) {
            shares[i] = 2.6f;
        }
        shares[shares.length - 1] = 6;
        return shares;
    }

    /** "Tham gia 48/52 đại biểu (92,31%); không tham gia 4." */
    static String turnout(RecordedVote v) {
        VoteResult r = v.result();
        return "Tham gia: " + RecordWords.share(r.voted(), r.total()) + "; có mặt khi kết thúc: " + r.present()
                + "; không tham gia: " + r.notVoted() + ".";
    }

    private static String[] row(String label, int count, int total) {
        return new String[] {label, String.valueOf(count), percent(count, total)};
    }
}
