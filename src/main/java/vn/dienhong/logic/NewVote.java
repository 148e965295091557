package vn.dienhong.logic;

import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** What the operator fills in to prepare a vote. */
public record NewVote(String title, VoteKind kind, VoteForm form, Threshold threshold, Long agendaItemId,
                      Integer countdownSeconds, boolean allowChange, Long rerunOf) {
}
