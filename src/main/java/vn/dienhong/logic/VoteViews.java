package vn.dienhong.logic;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteResult;

/** The shapes of votes and results in events and answers, named as in docs/api.md. */
public final class VoteViews {
    private VoteViews() {
    }

    public static Map<String, Object> opened(Vote vote) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", vote.id());
        out.put("voteId", vote.id());
        out.put("title", vote.title());
        out.put("kind", vote.kind().name());
        out.put("form", vote.form().name());
        out.put("threshold", vote.threshold().name());
        out.put("status", vote.status().name());
        out.put("choices", vote.kind().choices());
        out.put("subjects", vote.subjects());
        out.put("maxChoices", vote.maxChoices());
        out.put("allowChange", vote.allowChange());
        out.put("agendaItemId", vote.agendaItemId());
        out.put("countdownSeconds", vote.countdownSeconds());
        out.put("openedAt", vote.openedAt());
        out.put("closesAt", vote.openedAt() == null || vote.countdownSeconds() == null ? null
                : vote.openedAt().plusSeconds(vote.countdownSeconds()));
        return out;
    }

    public static Map<String, Object> result(VoteResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("voteId", r.voteId());
        out.put("kind", r.kind().name());
        out.put("approve", r.approve());
        out.put("reject", r.reject());
        out.put("abstain", r.abstain());
        out.put("voted", r.voted());
        out.put("notVoted", r.notVoted());
        out.put("total", r.total());
        out.put("present", r.present());
        out.put("threshold", r.threshold().name());
        out.put("passed", r.kind().hasSubjects() ? null : r.passed());
        out.put("approvePercent", VoteResult.percentOfTotal(r.approve(), r.total()));
        out.put("rejectPercent", VoteResult.percentOfTotal(r.reject(), r.total()));
        out.put("abstainPercent", VoteResult.percentOfTotal(r.abstain(), r.total()));
        out.put("notVotedPercent", VoteResult.percentOfTotal(r.notVoted(), r.total()));
        out.put("subjects", r.subjects().stream().map(s -> subject(r, s)).toList());
        out.put("maxChoices", r.maxChoices());
        return out;
    }

    /** One official's or candidate's line: counts and percentages of the total by choice, and the outcome. */
    private static Map<String, Object> subject(VoteResult r, SubjectResult s) {
        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, Object> percents = new LinkedHashMap<>();
        for (String choice : r.kind().choices()) {
            counts.put(choice, s.count(choice));
            percents.put(choice, VoteResult.percentOfTotal(s.count(choice), r.total()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("counts", counts);
        out.put("percents", percents);
        out.put("outcome", s.outcome().name());
        return out;
    }
}
