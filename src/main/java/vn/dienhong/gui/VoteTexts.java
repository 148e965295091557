package vn.dienhong.gui;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteResult;
import vn.dienhong.model.VoteStatus;

/**
 * The words and numbers of votes for console and chair display alike, so both say "Tán thành:
 * 45/52 đại biểu (86,54%)" the same way, with percentages of the total in the language's own style.
 */
final class VoteTexts {
    /** How many characters of the 64-character audit hash a person is shown. */
    static final int HASH_SHOWN = 16;
    /** The choices of a resolution, in the order the law lists them, then those who cast no ballot. */
    static final List<String> ROWS = List.of("APPROVE", "REJECT", "ABSTAIN", "NONE");

    private VoteTexts() {
    }

    /** 86,54 in Vietnamese, 86.54 in English: always two decimals, rounded as the record rounds them. */
    static String percent(Messages m, int count, int total) {
        NumberFormat format = NumberFormat.getNumberInstance(m.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(VoteResult.percentOfTotal(count, total));
    }

    /** "Tán thành: 45/52 đại biểu (86,54%)". */
    static String share(Messages m, String label, int count, int total) {
        return m.format("vote.share", label, count, total, percent(m, count, total));
    }

    /** A row's name: a choice (Tán thành…) or NONE for "Không tham gia biểu quyết". */
    static String rowLabel(Messages m, String row) {
        return m.get("NONE".equals(row) ? "vote.result.notVoted" : "vote.choice." + row);
    }

    /** How many delegates are in a row of the result. */
    static int count(VoteResult r, String row) {
        return "NONE".equals(row) ? r.notVoted() : r.counts().getOrDefault(row, 0);
    }

    /**
     * Took part, each choice, and no ballot; every one as a share of the total number of delegates. A
     * vote on officials or candidates has no choice of its own (each person has a line of their own),
     * so it says only who took part and who did not.
     */
    static List<String> resultLines(Messages m, VoteResult r) {
        List<String> rows = r.kind().hasSubjects() ? List.of("NONE") : ROWS;
        return Stream.concat(Stream.of(share(m, m.get("vote.result.voted"), r.voted(), r.total())),
                rows.stream().map(row -> share(m, rowLabel(m, row), count(r, row), r.total()))).toList();
    }

    static String outcome(Messages m, VoteResult r) {
        return m.get(r.passed() ? "vote.outcome.passed" : "vote.outcome.failed");
    }

    /** "Điều kiện thông qua: Quá nửa tổng số đại biểu – cần ít nhất 26 đại biểu tán thành". */
    static String thresholdLine(Messages m, VoteResult r) {
        int needed = needed(r);
        return m.format("vote.threshold.line", thresholdName(m, r.threshold()), needed < 0 ? "–" : needed);
    }

    /** The fewest votes that meet the result's threshold; -1 when none can. */
    static int needed(VoteResult r) {
        int base = r.threshold() == Threshold.MAJORITY_OF_PRESENT ? r.present() : r.total();
        // asks the threshold itself, so the number shown can never disagree with how the vote was decided
        return IntStream.rangeClosed(0, base).filter(c -> r.threshold().isMet(c, r.total(), r.present()))
                .findFirst().orElse(-1);
    }

    static String thresholdName(Messages m, Threshold threshold) {
        return m.get("vote.threshold." + threshold.name());
    }

    static String formName(Messages m, VoteForm form) {
        return m.get("vote.form." + form.name());
    }

    /** Chuẩn bị / Đang biểu quyết / Đã kết thúc / Đã hủy. */
    static String status(Messages m, VoteStatus status) {
        return m.get("vote.status." + status.name());
    }

    /**
     * "Biểu quyết công khai · Quá nửa tổng số đại biểu", with "Biểu quyết lại" for a re-run; a vote on
     * officials or candidates names its kind and how many people it is about.
     */
    static String details(Messages m, Vote vote) {
        String details = vote.kind().hasSubjects() ? SubjectTexts.details(m, vote)
                : formName(m, vote.form()) + " · " + thresholdName(m, vote.threshold());
        return vote.rerunOf() == null ? details : details + " · " + m.get("vote.rerunTag");
    }

    /** 85 → "01:25". */
    static String clock(int seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    /** "Mã kiểm chứng: 3f9a0c…", empty while the hash is unknown. */
    static String audit(Messages m, String hash) {
        if (hash == null || hash.isEmpty()) {
            return "";
        }
        return m.format("vote.audit", hash.length() <= HASH_SHOWN ? hash : hash.substring(0, HASH_SHOWN) + "…");
    }
}
