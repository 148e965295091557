package vn.dienhong.server;

import static vn.dienhong.server.Refusals.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import vn.dienhong.logic.CastResult;
import vn.dienhong.logic.VoteService;
import vn.dienhong.logic.VoteViews;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteStatus;

/** The hall's side of voting over HTTP: the open vote, ballots, progress and results. */
final class BallotRoutes {
    private static final Pattern BALLOT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final int MAX_MARKS = 100;
    private final VoteService votes;

    BallotRoutes(VoteService votes) {
        this.votes = votes;
    }

    ApiResponse current(ApiRequest request) {
        Optional<Vote> open = votes.current();
        if (open.isEmpty()) {
            return ApiResponse.noContent();
        }
        Map<String, Object> out = new LinkedHashMap<>(VoteViews.opened(open.get()));
        Account caller = request.requireAccount();
        out.put("canVote", caller.role().mayVote() && caller.delegateId() != null);
        out.put("hasVoted", caller.delegateId() != null && votes.hasVoted(open.get().id(), caller.delegateId()));
        return ApiResponse.ok(out);
    }

    CompletableFuture<ApiResponse> cast(ApiRequest request) {
        JsonNode body = request.json();
        String ballotId = request.text(body, "ballotId");
        if (!BALLOT_ID.matcher(ballotId).matches()) {
            throw ApiException.badRequest("bad_ballot_id", "Mã phiếu (ballotId) phải gồm 8–64 chữ, số, '-' hoặc '_'.");
        }
        return votes.cast(request.pathId("id"), request.requireAccount(), ballotId, marks(request, body))
                .thenApply(BallotRoutes::answer);
    }

    /** A resolution's {@code "choice"}, or {@code "choices"}: one mark per official or candidate, in order. */
    private static List<String> marks(ApiRequest request, JsonNode body) {
        if (!body.has("choices")) {
            return List.of(request.text(body, "choice"));
        }
        JsonNode choices = body.get("choices");
        if (!choices.isArray() || choices.size() > MAX_MARKS) {
            throw ApiException.badRequest("bad_choices", "\"choices\" phải là danh sách lựa chọn, mỗi người một lựa chọn.");
        }
        List<String> out = new ArrayList<>();
        choices.forEach(c -> out.add(c.isTextual() ? c.asText() : ""));
        return out;
    }

    private static ApiResponse answer(CastResult result) {
        if (result instanceof CastResult.Accepted accepted) {
            return ApiResponse.ok(Map.of("receipt", accepted.receipt(), "repeated", accepted.repeated(),
                    "message", "Đã ghi nhận biểu quyết."));
        }
        throw switch (((CastResult.Refused) result).reason()) {
            case UNKNOWN_VOTE -> new ApiException(HttpResponseStatus.NOT_FOUND, "unknown_vote",
                    "Không có biểu quyết này trong kỳ họp đang diễn ra.");
            case NOT_OPEN -> new ApiException(HttpResponseStatus.CONFLICT, "vote_not_open",
                    "Biểu quyết chưa mở hoặc đã kết thúc; phiếu không được ghi nhận.");
            case ALREADY_VOTED -> new ApiException(HttpResponseStatus.CONFLICT, "already_voted",
                    "Bạn đã biểu quyết nội dung này; không thể bỏ phiếu lần thứ hai.");
            case NOT_A_VOTER -> ApiException.forbidden();
            case BALLOT_ID_TAKEN -> new ApiException(HttpResponseStatus.CONFLICT, "ballot_id_taken",
                    "Mã phiếu này đã được dùng cho một phiếu khác. Hãy tải lại trang và biểu quyết lại.");
            case UNKNOWN_CHOICE -> ApiException.badRequest("unknown_choice",
                    "Phiếu không hợp lệ: hãy chọn một trong các lựa chọn cho nội dung biểu quyết hoặc cho từng người.");
            case TOO_MANY_SELECTED -> ApiException.badRequest("too_many_selected",
                    "Phiếu bầu chọn nhiều người hơn số được bầu. Hãy bỏ bớt rồi gửi lại.");
        };
    }

    ApiResponse progress(ApiRequest request) {
        VoteProgress p = sync(() -> votes.progress(request.pathId("id")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("voteId", p.voteId());
        out.put("voted", p.voted());
        out.put("present", p.present());
        out.put("total", p.total());
        if (request.requireAccount().role() == Role.OPERATOR) {
            out.put("notVoted", p.notVoted());
        }
        return ApiResponse.ok(out);
    }

    /** The result with its title, form and audit head; an open vote's closed result lists every delegate's choice. */
    ApiResponse result(ApiRequest request) {
        long id = request.pathId("id");
        Vote vote = votes.votesOfRunningMeeting().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new ApiException(HttpResponseStatus.NOT_FOUND, "unknown_vote",
                        "Không có biểu quyết này trong kỳ họp đang diễn ra."));
        if (vote.status() != VoteStatus.CLOSED) {
            throw new ApiException(HttpResponseStatus.CONFLICT, "vote_not_closed",
                    "Biểu quyết chưa kết thúc; kết quả sẽ có khi kết thúc biểu quyết.");
        }
        Map<String, Object> out = new LinkedHashMap<>(VoteViews.result(sync(() -> votes.result(id))));
        out.put("title", vote.title());
        out.put("form", vote.form().name());
        out.put("auditHead", sync(() -> votes.auditHead(id)).orElse(null));
        if (!vote.isSecret()) {
            out.put("ballots", sync(() -> votes.openBallots(id)).stream().map(c -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("delegateId", c.delegateId());
                line.put("name", c.name());
                line.put("seat", c.seat());
                line.put("choice", c.choice());
                return line;
            }).toList());
        }
        return ApiResponse.ok(out);
    }
}
