package vn.dienhong.logic;

import java.util.List;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * What the operator fills in to prepare a vote; {@code subjects} are the officials of a confidence
 * rating or vote, or the candidates of an election (up to {@code maxChoices} of them may be chosen).
 */
public record NewVote(String title, VoteKind kind, VoteForm form, Threshold threshold, Long agendaItemId,
                      Integer countdownSeconds, boolean allowChange, Long rerunOf, List<String> subjects,
                      int maxChoices) {

    public NewVote {
        subjects = subjects == null ? List.of() : subjects.stream().map(s -> s == null ? "" : s.strip()).toList();
    }

    /** A vote with no subjects: a resolution. */
    public NewVote(String title, VoteKind kind, VoteForm form, Threshold threshold, Long agendaItemId,
                   Integer countdownSeconds, boolean allowChange, Long rerunOf) {
        this(title, kind, form, threshold, agendaItemId, countdownSeconds, allowChange, rerunOf, List.of(), 1);
    }
}
