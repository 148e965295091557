package vn.dienhong.gui;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteResult;

/**
 * The words and numbers of confidence ratings, confidence votes and elections, for console and chair
 * display alike, so both name the levels, the shares of the total and each person's outcome the same way.
 */
final class SubjectTexts {
    /** Outcomes the council must act on or announce; the screens set them apart, calmly. */
    static final Set<SubjectOutcome> NOTABLE = Set.of(SubjectOutcome.MAY_RESIGN, SubjectOutcome.DISMISSAL_PROPOSED,
            SubjectOutcome.ELECTED, SubjectOutcome.TIED);

    /** One level of one person's result: its name, count and share of the total number of delegates. */
    record Level(String choice, String label, int count, String percentText) {
    }

    /**
     * One official or candidate of a closed vote: the counts of each level, the outcome in a full
     * sentence (console) and in a few words (chair display), and the style class of its tone.
     */
    record SubjectRow(int index, String name, List<Level> levels, SubjectOutcome outcome, String outcomeText,
                      String outcomeShort) {
        SubjectRow {
            levels = List.copyOf(levels);
        }

        /** "outcome-dismissal-proposed", "outcome-elected"…: the screens colour the outcome by it. */
        String tone() {
            return "outcome-" + outcome.name().toLowerCase().replace('_', '-');
        }

        boolean notable() {
            return NOTABLE.contains(outcome);
        }
    }

    private SubjectTexts() {
    }

    /** Biểu quyết thông qua / Lấy phiếu tín nhiệm / Bỏ phiếu tín nhiệm / Bầu cử. */
    static String kindName(Messages m, VoteKind kind) {
        return m.get("vote.kind." + kind.name());
    }

    /** Tín nhiệm cao, Không tín nhiệm, Chọn…: a level's name depends on the kind (CONFIDENT is in two). */
    static String markLabel(Messages m, VoteKind kind, String choice) {
        return m.get("subject.mark." + kind.name() + "." + choice);
    }

    /** Each official or candidate, in the vote's order, with counts as shares of the total. */
    static List<SubjectRow> rows(Messages m, VoteResult r) {
        List<SubjectResult> subjects = r.subjects();
        return IntStream.range(0, subjects.size()).mapToObj(i -> {
            SubjectResult s = subjects.get(i);
            List<Level> levels = r.kind().choices().stream().map(c -> new Level(c, markLabel(m, r.kind(), c),
                    s.count(c), VoteTexts.percent(m, s.count(c), r.total()) + "%")).toList();
            String key = r.kind().name() + "." + s.outcome().name();
            return new SubjectRow(i, s.name(), levels, s.outcome(), m.get("subject.outcome." + key),
                    m.get("subject.short." + key));
        }).toList();
    }

    /** "Tín nhiệm thấp: 5 (10,00%)": a level said in full, where there is no column heading to name it. */
    static String level(Messages m, Level level) {
        return m.format("subject.level", level.label(), level.count(), level.percentText());
    }

    /** "5 · 10,00%": a level in a table's column, as the chair display's bars write a count. */
    static String cell(Level level) {
        return level.count() + " · " + level.percentText();
    }

    /**
     * What decided the outcomes: the law's fixed rule for confidence, or for an election its threshold,
     * the number of selections it needs and the number of seats.
     */
    static String rule(Messages m, VoteKind kind, Threshold threshold, int needed, int seats) {
        if (kind != VoteKind.ELECTION) {
            return m.get("vote.rule." + kind.name());
        }
        return m.format("vote.rule.ELECTION", VoteTexts.thresholdName(m, threshold), needed < 0 ? "–" : needed, seats);
    }

    /** The rule of a counted vote; the seats are not in the result, so they are read from the vote. */
    static String rule(Messages m, VoteResult r, Vote vote) {
        return rule(m, r.kind(), r.threshold(), VoteTexts.needed(r), vote == null ? 1 : vote.maxChoices());
    }

    /** "Lấy phiếu tín nhiệm · Bỏ phiếu kín · 3 người", "Bầu cử · Bỏ phiếu kín · Quá nửa… · bầu 2 trong 3 người". */
    static String details(Messages m, Vote vote) {
        String head = kindName(m, vote.kind()) + " · " + VoteTexts.formName(m, vote.form()) + " · ";
        int n = vote.subjects().size();
        return vote.kind() == VoteKind.ELECTION
                ? head + VoteTexts.thresholdName(m, vote.threshold()) + " · "
                        + m.format("vote.details.seats", vote.maxChoices(), n)
                : head + m.format("vote.details.people", n);
    }

    /** "Lấy phiếu tín nhiệm đối với 3 người", "Bầu 2 trong số 3 người": the chair's line while the vote runs. */
    static String kindLine(Messages m, Vote vote) {
        int n = vote.subjects().size();
        return vote.kind() == VoteKind.ELECTION ? m.format("subject.line.ELECTION", vote.maxChoices(), n)
                : m.format("subject.line." + vote.kind().name(), n);
    }
}
