package vn.dienhong.server;

import static vn.dienhong.server.Refusals.await;
import static vn.dienhong.server.Refusals.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienhong.logic.AttendanceService;
import vn.dienhong.logic.FloorViews;
import vn.dienhong.logic.SpeakerService;
import vn.dienhong.model.Account;
import vn.dienhong.model.AttendanceStatus;
import vn.dienhong.model.SpeakerKind;

/** Attendance and the speakers' queue over HTTP: check in, mark by hand, ask for the floor, run the queue. */
final class FloorRoutes {
    private final AttendanceService attendance;
    private final SpeakerService speakers;

    FloorRoutes(AttendanceService attendance, SpeakerService speakers) {
        this.attendance = attendance;
        this.speakers = speakers;
    }

    ApiResponse checkIn(ApiRequest request) {
        Map<String, Object> out = new LinkedHashMap<>(FloorViews.attendance(await(attendance.checkIn(request.requireAccount()))));
        out.put("status", AttendanceStatus.PRESENT.name());
        return ApiResponse.ok(out);
    }

    ApiResponse list(ApiRequest request) {
        Map<String, Object> out = new LinkedHashMap<>(FloorViews.attendance(sync(attendance::summary)));
        out.put("delegates", sync(attendance::lines).stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("delegateId", l.delegateId());
            line.put("name", l.name());
            line.put("seat", l.seat());
            line.put("status", l.status().name());
            line.put("reason", l.reason());
            return line;
        }).toList());
        return ApiResponse.ok(out);
    }

    ApiResponse mark(ApiRequest request) {
        JsonNode body = request.json();
        AttendanceStatus status = Fields.enumValue(body, "status", AttendanceStatus.class, null);
        if (status == null) {
            throw ApiException.badRequest("missing_field", "Thiếu trường \"status\" (PRESENT, REMOTE, EXCUSED, ABSENT).");
        }
        String reason = body.path("reason").isTextual() ? body.get("reason").asText() : null;
        return ApiResponse.ok(FloorViews.attendance(await(attendance.mark(request.pathId("delegateId"), status, reason))));
    }

    ApiResponse ask(ApiRequest request) {
        JsonNode body = request.json();
        SpeakerKind kind = Fields.enumValue(body, "kind", SpeakerKind.class, null);
        if (kind == null) {
            throw ApiException.badRequest("missing_field",
                    "Thiếu trường \"kind\" (DISCUSSION, QUESTION, DEBATE, POINT_OF_ORDER).");
        }
        var created = await(speakers.request(request.requireAccount(), kind, Fields.optionalId(body, "respondentId"),
                Fields.optionalId(body, "replyToId"), body.path("topic").isTextual() ? body.get("topic").asText() : null));
        return ApiResponse.created(FloorViews.speaker(created, speakers.times().limit(created.kind())));
    }

    ApiResponse queue(ApiRequest request) {
        return ApiResponse.ok(speakers.queueView(sync(speakers::queue)));
    }

    ApiResponse floor(ApiRequest request) {
        return ApiResponse.ok(speakers.floorView(sync(speakers::speaking)));
    }

    ApiResponse withdraw(ApiRequest request) {
        Account caller = request.requireAccount();
        var r = await(speakers.withdraw(caller, request.pathId("id")));
        return ApiResponse.ok(FloorViews.speaker(r, speakers.times().limit(r.kind())));
    }

    ApiResponse giveFloor(ApiRequest request) {
        await(speakers.giveFloor(request.pathId("id")));
        return ApiResponse.ok(speakers.floorView(sync(speakers::speaking)));
    }

    ApiResponse endTurn(ApiRequest request) {
        await(speakers.endTurn(request.pathId("id")));
        return ApiResponse.ok(speakers.floorView(sync(speakers::speaking)));
    }

    ApiResponse move(ApiRequest request) {
        JsonNode place = request.json().get("place");
        if (place == null || !place.canConvertToInt()) {
            throw ApiException.badRequest("missing_field", "Thiếu trường \"place\" (vị trí mới trong hàng chờ, 1 là kế tiếp).");
        }
        await(speakers.move(request.pathId("id"), place.asInt()));
        return ApiResponse.ok(speakers.queueView(sync(speakers::queue)));
    }

    ApiResponse questions(ApiRequest request) {
        long me = request.requireAccount().id();
        return ApiResponse.ok(speakers.queueView(sync(() -> speakers.questionsFor(me))));
    }

    ApiResponse respondents(ApiRequest request) {
        return ApiResponse.ok(sync(speakers::respondents).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.displayName());
            m.put("title", a.title());
            return m;
        }).toList());
    }
}
