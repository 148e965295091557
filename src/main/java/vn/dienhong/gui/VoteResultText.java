package vn.dienhong.gui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import vn.dienhong.gui.SubjectTexts.SubjectRow;
import vn.dienhong.model.VoteResult;

/**
 * The sentences of a closed vote's result (each count as a share of the total number of delegates,
 * the outcome against its threshold, the audit code, and for confidence votes and elections each
 * person's line), in the screen's language; empty before close.
 */
final class VoteResultText {
    /** One bar of the result chart: a choice (or NONE: no ballot) with its count and share of the total. */
    record ChoiceBar(String row, String label, int count, double percent, String percentText) {
    }

    private final VoteTracker tracker;
    private final LanguageModel language;
    private final ObjectBinding<List<String>> lines;
    private final ObjectBinding<List<ChoiceBar>> bars;
    private final StringBinding outcome;
    private final StringBinding threshold;
    private final StringBinding audit;
    private final BooleanBinding passed;
    private final BooleanBinding counted;
    private final BooleanBinding hasSubjects;
    private final ObjectBinding<List<SubjectRow>> subjects;

    VoteResultText(VoteTracker tracker, LanguageModel language) {
        this.tracker = tracker;
        this.language = language;
        lines = Bindings.createObjectBinding(() -> result() == null ? List.of()
                : VoteTexts.resultLines(language.messages(), result()),
                tracker.resultProperty(), language.messagesProperty());
        counted = tracker.resultProperty().isNotNull();
        hasSubjects = Bindings.createBooleanBinding(this::aboutPeople, tracker.resultProperty());
        // a confidence vote or an election has an outcome per person, never one for the whole vote
        outcome = language.bind(m -> result() == null || aboutPeople() ? "" : VoteTexts.outcome(m, result()),
                tracker.resultProperty());
        threshold = language.bind(m -> result() == null ? "" : aboutPeople()
                ? SubjectTexts.rule(m, result(), tracker.voteProperty().get()) : VoteTexts.thresholdLine(m, result()),
                tracker.resultProperty(), tracker.voteProperty());
        subjects = Bindings.createObjectBinding(() -> result() == null ? List.of()
                : SubjectTexts.rows(language.messages(), result()), tracker.resultProperty(), language.messagesProperty());
        audit = language.bind(m -> VoteTexts.audit(m, tracker.auditHeadProperty().get()), tracker.auditHeadProperty());
        bars = Bindings.createObjectBinding(this::countBars, tracker.resultProperty(), language.messagesProperty());
        passed = Bindings.createBooleanBinding(() -> result() != null && result().passed(), tracker.resultProperty());
    }

    private VoteResult result() {
        return tracker.resultProperty().get();
    }

    /** Read from the result itself: another binding may not have heard of a new result yet. */
    private boolean aboutPeople() {
        return result() != null && result().kind().hasSubjects();
    }

    private List<ChoiceBar> countBars() {
        VoteResult r = result();
        Messages m = language.messages();
        return r == null || r.kind().hasSubjects() ? List.of() : VoteTexts.ROWS.stream().map(row -> {
            int count = VoteTexts.count(r, row);
            return new ChoiceBar(row, VoteTexts.rowLabel(m, row), count, VoteResult.percentOfTotal(count,
                    r.total()), VoteTexts.percent(m, count, r.total()) + "%");
        }).toList();
    }

    /**
     * "Tham gia biểu quyết", "Tán thành", "Không tán thành", "Không biểu quyết", "Không tham gia biểu
     * quyết", each as "…: n/total đại biểu (p%)"; empty before the vote is closed.
     */
    ObjectBinding<List<String>> lines() {
        return lines;
    }

    /** Tán thành, Không tán thành, Không biểu quyết, Không tham gia biểu quyết; empty before close. */
    ObjectBinding<List<ChoiceBar>> bars() {
        return bars;
    }

    /** "Nghị quyết được thông qua" or "Nghị quyết không được thông qua"; empty for a vote on people. */
    StringBinding outcome() {
        return outcome;
    }

    /**
     * "Điều kiện thông qua: Quá nửa tổng số đại biểu – cần ít nhất 26 đại biểu tán thành"; for a vote on
     * people, the rule that decided each person's outcome.
     */
    StringBinding threshold() {
        return threshold;
    }

    /** "Mã kiểm chứng: 3f9a0c…" once the hall has announced the hash written at close. */
    StringBinding audit() {
        return audit;
    }

    /** Whether the resolution passed; false also before the result is in and for votes on people. */
    BooleanBinding passed() {
        return passed;
    }

    /** True once the closed vote's counts are in. */
    BooleanBinding counted() {
        return counted;
    }

    /** True for a counted confidence rating, confidence vote or election: its result is per person. */
    BooleanBinding hasSubjects() {
        return hasSubjects;
    }

    /** One line per official or candidate, in the vote's order; empty for a resolution and before close. */
    ObjectBinding<List<SubjectRow>> subjects() {
        return subjects;
    }
}
