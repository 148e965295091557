package vn.dienhong.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import vn.dienhong.logic.CastResult;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.NewVote;
import vn.dienhong.logic.VoteException;
import vn.dienhong.logic.VoteService;
import vn.dienhong.logic.VoteViews;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteProgress;
import vn.dienhong.model.VoteStatus;

/** Votes over HTTP: the operator prepares, opens and closes them; delegates cast ballots. */
final class VoteRoutes {
    private static final Pattern BALLOT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private final VoteService votes;
    private final HallSettings settings;

    VoteRoutes(VoteService votes, HallSettings settings) {
        this.votes = votes;
        this.settings = settings;
    }

    ApiResponse create(ApiRequest request) {
        JsonNode body = request.json();
        NewVote spec = new NewVote(request.text(body, "title"),
                enumField(body, "kind", VoteKind.class, VoteKind.RESOLUTION),
                enumField(body, "form", VoteForm.class, VoteForm.OPEN),
                enumField(body, "threshold", Threshold.class, Threshold.valueOf(settings.defaultThreshold())),
                body.hasNonNull("agendaItemId") ? body.get("agendaItemId").asLong() : null,
                body.hasNonNull("countdownSeconds") ? body.get("countdownSeconds").asInt() : null,
                body.path("allowChange").asBoolean(settings.allowBallotChange()), null);
        return new ApiResponse(HttpResponseStatus.CREATED, VoteViews.opened(await(votes.create(spec))), Map.of());
    }

    ApiResponse open(ApiRequest request) {
        return ApiResponse.ok(VoteViews.opened(await(votes.open(request.pathId("id")))));
    }

    ApiResponse close(ApiRequest request) {
        return ApiResponse.ok(VoteViews.result(await(votes.close(request.pathId("id")))));
    }

    ApiResponse cancel(ApiRequest request) {
        return ApiResponse.ok(VoteViews.opened(await(votes.cancel(request.pathId("id")))));
    }

    ApiResponse list(ApiRequest request) {
        return ApiResponse.ok(votes.votesOfRunningMeeting().stream().map(VoteViews::opened).toList());
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
        out.put("auditHead", votes.auditHead());
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
        String choice = request.text(body, "choice");
        if (!BALLOT_ID.matcher(ballotId).matches()) {
            throw ApiException.badRequest("bad_ballot_id", "Mã phiếu (ballotId) phải gồm 8–64 chữ, số, '-' hoặc '_'.");
        }
        return votes.cast(request.pathId("id"), request.requireAccount(), ballotId, choice).thenApply(VoteRoutes::answer);
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
            case UNKNOWN_CHOICE -> ApiException.badRequest("unknown_choice",
                    "Lựa chọn không hợp lệ. Hãy chọn Tán thành, Không tán thành hoặc Không biểu quyết.");
        };
    }

    private static <E extends Enum<E>> E enumField(JsonNode body, String field, Class<E> type, E fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_" + field, "Giá trị \"" + value.asText() + "\" không hợp lệ cho " + field + ".");
        }
    }

    /** Waits for the session engine and turns its refusals into HTTP answers. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof VoteException v) {
                throw refusal(v);
            }
            throw e;
        }
    }

    private static <T> T sync(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (VoteException v) {
            throw refusal(v);
        }
    }

    private static ApiException refusal(VoteException v) {
        return new ApiException(switch (v.problem()) {
            case INVALID -> HttpResponseStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
            case WRONG_STATE -> HttpResponseStatus.CONFLICT;
        }, "vote_" + v.problem().name().toLowerCase(java.util.Locale.ROOT), v.getMessage());
    }
}
