package vn.dienhong.logic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienhong.model.AttendanceSummary;
import vn.dienhong.model.Notice;
import vn.dienhong.model.Opinion;
import vn.dienhong.model.SpeakerRequest;

/** The shapes of attendance, speakers, opinions and notices in events and answers, named as in docs/api.md. */
public final class FloorViews {
    private FloorViews() {
    }

    public static Map<String, Object> attendance(AttendanceSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sittingId", s.sittingId());
        out.put("present", s.present());
        out.put("total", s.total());
        out.put("inHall", s.inHall());
        out.put("remote", s.remote());
        out.put("excused", s.excused());
        out.put("absent", s.absent());
        out.put("unmarked", s.unmarked());
        out.put("required", s.required());
        out.put("quorumMet", s.quorumMet());
        return out;
    }

    /** A request to speak; {@code limitSeconds} is the speaking time of its kind. */
    public static Map<String, Object> speaker(SpeakerRequest r, Duration limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("kind", r.kind().name());
        out.put("status", r.status().name());
        out.put("delegateId", r.delegateId());
        out.put("name", r.delegateName());
        out.put("seat", r.seat());
        out.put("respondentId", r.respondentId());
        out.put("respondentName", r.respondentName());
        out.put("replyToId", r.replyToId());
        out.put("topic", r.topic());
        out.put("position", r.position());
        out.put("requestedAt", r.requestedAt());
        out.put("startedAt", r.startedAt());
        out.put("limitSeconds", limit.toSeconds());
        return out;
    }

    /** An opinion for the chair's inbox (or its sender). */
    public static Map<String, Object> opinion(Opinion o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", o.id());
        out.put("delegateId", o.delegateId());
        out.put("name", o.delegateName());
        out.put("text", o.text());
        out.put("status", o.status().name());
        out.put("sentAt", o.sentAt());
        out.put("handledAt", o.handledAt());
        return out;
    }

    public static Map<String, Object> notice(Notice n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        out.put("text", n.text());
        out.put("postedAt", n.postedAt());
        return out;
    }
}
