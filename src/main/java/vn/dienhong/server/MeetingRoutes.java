package vn.dienhong.server;

import static vn.dienhong.server.Refusals.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhong.logic.AttendanceService;
import vn.dienhong.logic.FloorViews;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.MeetingPlanner;
import vn.dienhong.logic.NewMeeting;
import vn.dienhong.logic.MeetingService;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.MeetingSnapshot;

/** The running meeting as tablets see it, and the operator's move to another agenda item. */
final class MeetingRoutes {
    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final MeetingPlanner planner;
    private final HallSettings settings;

    MeetingRoutes(MeetingService meetings, AttendanceService attendance, MeetingPlanner planner, HallSettings settings) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.planner = planner;
        this.settings = settings;
    }

    ApiResponse meeting(ApiRequest request) {
        MeetingSnapshot s = meetings.current().orElseThrow(() -> new ApiException(HttpResponseStatus.NOT_FOUND,
                "no_meeting", "Chưa có kỳ họp nào được chuẩn bị. Vui lòng liên hệ kỹ thuật viên."));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.meeting().id());
        out.put("title", s.meeting().title());
        out.put("kind", s.meeting().kind().name());
        out.put("demo", s.meeting().demo());
        out.put("place", s.meeting().place());
        out.put("startsOn", s.meeting().startsOn());
        out.put("endsOn", s.meeting().endsOn());
        out.put("hallName", settings.hallName());
        out.put("council", Map.of("name", s.council().name(), "level", s.council().level().name(),
                "term", s.council().term()));
        out.put("totalDelegates", s.totalDelegates());
        out.put("currentSittingId", s.currentSitting() == null ? null : s.currentSitting().id());
        out.put("currentItemId", s.meeting().currentAgendaItemId());
        out.put("sittings", s.sittings().stream().map(t -> Map.of("id", t.id(), "ordinal", t.ordinal(),
                "title", t.title(), "startsAt", t.startsAt())).toList());
        out.put("agenda", agenda(s.agenda(), s.meeting().currentAgendaItemId()));
        Map<String, Object> present = new LinkedHashMap<>(FloorViews.attendance(attendance.summary()));
        Long delegate = request.requireAccount().delegateId();
        present.put("mine", delegate == null ? null : attendance.statusOf(delegate).name());
        out.put("attendance", present);
        return ApiResponse.ok(out);
    }

    /** Prepares a new meeting (any kind) that becomes the running one; answers like {@link #meeting}. */
    ApiResponse create(ApiRequest request) {
        NewMeeting spec;
        try {
            spec = Json.MAPPER.treeToValue(request.json(), NewMeeting.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("bad_meeting", "Dữ liệu cuộc họp không đúng dạng (ngày yyyy-MM-dd, giờ "
                    + "yyyy-MM-ddTHH:mm, loại SESSION/STANDING_COMMITTEE/COMMITTEE/GROUP_DISCUSSION/URGENT).");
        }
        await(planner.create(spec));
        return new ApiResponse(HttpResponseStatus.CREATED, meeting(request).body(), Map.of());
    }

    ApiResponse moveAgenda(ApiRequest request) {
        JsonNode body = request.json();
        JsonNode itemId = body.get("itemId");
        if (itemId == null || !itemId.canConvertToLong()) {
            throw ApiException.badRequest("missing_field", "Thiếu trường \"itemId\" (mã nội dung chương trình).");
        }
        if (!meetings.moveTo(itemId.asLong()).join()) {
            throw new ApiException(HttpResponseStatus.NOT_FOUND, "unknown_agenda_item",
                    "Nội dung này không thuộc chương trình kỳ họp đang diễn ra.");
        }
        return ApiResponse.ok(Map.of("currentItemId", itemId.asLong()));
    }

    private static List<Map<String, Object>> agenda(List<AgendaItem> items, Long current) {
        return items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("ordinal", i.ordinal());
            m.put("title", i.title());
            m.put("presenter", i.presenter());
            m.put("durationMinutes", i.durationMinutes());
            m.put("sittingId", i.sittingId());
            m.put("current", current != null && current == i.id());
            return m;
        }).toList();
    }
}
