package vn.dienhong.gui;

import java.util.List;
import vn.dienhong.logic.VoteService;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteResult;
import vn.dienhong.model.VoteStatus;

/**
 * One read of a vote from the hall, taken on a worker thread and then handed whole to the UI thread:
 * the live count only while the vote is open; the result, the audit hash written at its close ("" before)
 * and, if asked, the ballots only once closed.
 */
record VoteSnapshot(Vote vote, VoteProgress progress, VoteResult result, String auditHead,
                    List<DelegateChoice> ballots) {
    static final VoteSnapshot NONE = new VoteSnapshot(null, null, null, "", List.of());

    VoteSnapshot {
        ballots = List.copyOf(ballots);
    }

    /** What is known before the first read: the vote as the caller has it, and nothing counted yet. */
    static VoteSnapshot of(Vote vote) {
        return new VoteSnapshot(vote, null, null, "", List.of());
    }

    /**
     * Reads a vote of the running meeting (NONE when it is not one); blocking, so only on a hall
     * worker. {@code withBallots}: also each delegate's choice of a closed open vote.
     */
    static VoteSnapshot read(VoteService votes, long voteId, boolean withBallots) {
        Vote vote = votes.votesOfRunningMeeting().stream().filter(v -> v.id() == voteId).findFirst().orElse(null);
        if (vote == null) {
            return NONE;
        }
        VoteProgress progress = vote.status() == VoteStatus.OPEN ? votes.progress(voteId) : null;
        VoteResult result = vote.status() == VoteStatus.CLOSED ? votes.result(voteId) : null;
        String auditHead = result == null ? "" : votes.auditHead(voteId).orElse("");
        // a secret ballot's choices are unknowable, and the logic refuses to be asked for them
        boolean grid = withBallots && result != null && !vote.isSecret();
        return new VoteSnapshot(vote, progress, result, auditHead, grid ? votes.openBallots(voteId) : List.of());
    }
}
