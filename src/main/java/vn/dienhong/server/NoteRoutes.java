package vn.dienhong.server;

import static vn.dienhong.server.Refusals.await;
import static vn.dienhong.server.Refusals.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienhong.logic.FloorViews;
import vn.dienhong.logic.NoticeService;
import vn.dienhong.logic.OpinionService;
import vn.dienhong.model.Account;
import vn.dienhong.model.OpinionStatus;

/** Opinions to the chair's inbox and notices to every tablet, over HTTP. */
final class NoteRoutes {
    private final OpinionService opinions;
    private final NoticeService notices;

    NoteRoutes(OpinionService opinions, NoticeService notices) {
        this.opinions = opinions;
        this.notices = notices;
    }

    ApiResponse send(ApiRequest request) {
        JsonNode text = request.json().get("text");
        String value = text != null && text.isTextual() ? text.asText() : "";
        return ApiResponse.created(FloorViews.opinion(await(opinions.send(request.requireAccount(), value))));
    }

    ApiResponse inbox(ApiRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unread", sync(opinions::unread));
        out.put("opinions", sync(opinions::inbox).stream().map(FloorViews::opinion).toList());
        return ApiResponse.ok(out);
    }

    ApiResponse mine(ApiRequest request) {
        Account me = request.requireAccount();
        if (me.delegateId() == null) {
            throw ApiException.forbidden();
        }
        return ApiResponse.ok(sync(() -> opinions.sentBy(me.delegateId())).stream().map(FloorViews::opinion).toList());
    }

    ApiResponse mark(ApiRequest request) {
        OpinionStatus status = Fields.enumValue(request.json(), "status", OpinionStatus.class, null);
        if (status == null || status == OpinionStatus.NEW) {
            throw ApiException.badRequest("bad_status", "\"status\" phải là READ (đã đọc) hoặc ANSWERED (đã trả lời).");
        }
        return ApiResponse.ok(FloorViews.opinion(await(opinions.setStatus(request.pathId("id"), status))));
    }

    ApiResponse post(ApiRequest request) {
        JsonNode text = request.json().get("text");
        String value = text != null && text.isTextual() ? text.asText() : "";
        return ApiResponse.created(FloorViews.notice(await(notices.post(value))));
    }

    ApiResponse notices(ApiRequest request) {
        return ApiResponse.ok(sync(notices::all).stream().map(FloorViews::notice).toList());
    }
}
