package vn.dienhong.logic;

import java.util.ArrayList;
import java.util.List;
import vn.dienhong.model.SubjectOutcome;
import vn.dienhong.model.Threshold;

/**
 * The legal consequences of confidence ratings, confidence votes and elections, all measured against
 * the total number of delegates with exact integer arithmetic (Nghị quyết 96/2023/QH15; Luật Tổ chức
 * chính quyền địa phương for elections).
 */
public final class OutcomeRules {
    private OutcomeRules() {
    }

    /** Lấy phiếu tín nhiệm: more than half LOW → may resign; at least two thirds LOW → dismissal proposed. */
    public static SubjectOutcome rating(int low, int total) {
        if (total > 0 && 3L * low >= 2L * total) {
            return SubjectOutcome.DISMISSAL_PROPOSED;
        }
        return total > 0 && 2L * low > total ? SubjectOutcome.MAY_RESIGN : SubjectOutcome.NO_CONSEQUENCE;
    }

    /** Bỏ phiếu tín nhiệm: more than half of the total NO_CONFIDENCE → dismissal proposed. */
    public static SubjectOutcome confidenceVote(int noConfidence, int total) {
        return total > 0 && 2L * noConfidence > total ? SubjectOutcome.DISMISSAL_PROPOSED : SubjectOutcome.CONFIDENCE_KEPT;
    }

    /**
     * Bầu: a candidate is elected when the selections meet the threshold and rank within the seats;
     * when candidates who meet it tie for the last seats, none of the tied is elected (they go to
     * another round) and they are marked TIED.
     */
    public static List<SubjectOutcome> election(List<Integer> selected, int seats, Threshold threshold, int total,
                                                int present) {
        List<SubjectOutcome> out = new ArrayList<>();
        for (int votes : selected) {
            if (!threshold.isMet(votes, total, present)) {
                out.add(SubjectOutcome.NOT_ELECTED);
                continue;
            }
            long ahead = selected.stream().filter(v -> v > votes && threshold.isMet(v, total, present)).count();
            long level = selected.stream().filter(v -> v == votes).count();
            if (ahead + level <= seats) {
                out.add(SubjectOutcome.ELECTED);
            } else {
                out.add(ahead < seats ? SubjectOutcome.TIED : SubjectOutcome.NOT_ELECTED);
            }
        }
        return out;
    }
}
