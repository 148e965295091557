package vn.dienhong.gui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import vn.dienhong.model.VoteResult;

/**
 * The sentences of a closed vote's result (each count as a share of the total number of delegates,
 * the outcome against its threshold, the audit code), in the screen's language; empty before close.
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

    VoteResultText(VoteTracker tracker, LanguageModel language) {
        this.tracker = tracker;
        this.language = language;
        lines = Bindings.createObjectBinding(() -> result() == null ? List.of()
                : VoteTexts.resultLines(language.messages(), result()),
                tracker.resultProperty(), language.messagesProperty());
        outcome = language.bind(m -> result() == null ? "" : VoteTexts.outcome(m, result()), tracker.resultProperty());
        threshold = language.bind(m -> result() == null ? "" : VoteTexts.thresholdLine(m, result()),
                tracker.resultProperty());
        audit = language.bind(m -> VoteTexts.audit(m, tracker.auditHeadProperty().get()), tracker.auditHeadProperty());
        bars = Bindings.createObjectBinding(this::countBars, tracker.resultProperty(), language.messagesProperty());
        passed = Bindings.createBooleanBinding(() -> result() != null && result().passed(), tracker.resultProperty());
    }

    private VoteResult result() {
        return tracker.resultProperty().get();
    }

    private List<ChoiceBar> countBars() {
        VoteResult counted = result();
        Messages m = language.messages();
        return counted == null ? List.of() : VoteTexts.ROWS.stream().map(row -> {
            int count = VoteTexts.count(counted, row);
            return new ChoiceBar(row, VoteTexts.rowLabel(m, row), count, VoteResult.percentOfTotal(count,
                    counted.total()), VoteTexts.percent(m, count, counted.total()) + "%");
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

    /** "Nghị quyết được thông qua" or "Nghị quyết không được thông qua". */
    StringBinding outcome() {
        return outcome;
    }

    /** "Điều kiện thông qua: Quá nửa tổng số đại biểu – cần ít nhất 26 đại biểu tán thành". */
    StringBinding threshold() {
        return threshold;
    }

    /** "Mã kiểm chứng: 3f9a0c…" once the hall has announced the hash written at close. */
    StringBinding audit() {
        return audit;
    }

    /** Whether the resolution passed; false also before the result is in. */
    BooleanBinding passed() {
        return passed;
    }
}
