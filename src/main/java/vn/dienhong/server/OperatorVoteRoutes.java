package vn.dienhong.server;

import static vn.dienhong.server.Refusals.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.NewVote;
import vn.dienhong.logic.VoteService;
import vn.dienhong.logic.VoteViews;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/** The operator's side of voting over HTTP: prepare, open, close, cancel and list the meeting's votes. */
final class OperatorVoteRoutes {
    private final VoteService votes;
    private final HallSettings settings;

    OperatorVoteRoutes(VoteService votes, HallSettings settings) {
        this.votes = votes;
        this.settings = settings;
    }

    ApiResponse create(ApiRequest request) {
        JsonNode body = request.json();
        VoteForm form = Fields.enumValue(body, "form", VoteForm.class, VoteForm.OPEN);
        NewVote spec = new NewVote(request.text(body, "title"),
                Fields.enumValue(body, "kind", VoteKind.class, VoteKind.RESOLUTION), form,
                Fields.enumValue(body, "threshold", Threshold.class, Threshold.valueOf(settings.defaultThreshold())),
                body.hasNonNull("agendaItemId") ? body.get("agendaItemId").asLong() : null,
                body.hasNonNull("countdownSeconds") ? body.get("countdownSeconds").asInt() : null,
                body.path("allowChange").asBoolean(form == VoteForm.OPEN && settings.allowBallotChange()), null, subjects(body),
                body.path("maxChoices").asInt(1));
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

    /** The officials or candidates, as a JSON array of names (absent for a resolution). */
    private static List<String> subjects(JsonNode body) {
        JsonNode names = body.get("subjects");
        if (names == null || names.isNull()) {
            return List.of();
        }
        if (!names.isArray()) {
            throw ApiException.badRequest("bad_subjects", "\"subjects\" phải là danh sách tên, mỗi người một mục.");
        }
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(n.asText()));
        return out;
    }
}
