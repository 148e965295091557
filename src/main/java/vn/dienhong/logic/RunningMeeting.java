package vn.dienhong.logic;

import java.util.List;
import org.jooq.DSLContext;
import vn.dienhong.model.Meeting;
import vn.dienhong.model.Sitting;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.MeetingDao;

/** The meeting the hall is running and its current sitting, as every floor use case reads them. */
record RunningMeeting(Meeting meeting, Long sittingId, int totalDelegates) {

    /** The running meeting, or a refusal saying there is none. */
    static RunningMeeting of(DSLContext dsl) {
        MeetingDao meetings = new MeetingDao(dsl);
        Meeting meeting = meetings.latestMeeting().orElseThrow(() -> new RequestRefused(
                RequestRefused.Problem.NOT_FOUND, "Chưa có kỳ họp nào đang diễn ra."));
        return new RunningMeeting(meeting, sittingOf(meeting, meetings.sittings(meeting.id())),
                new CouncilDao(dsl).countMembers(meeting.id()));
    }

    /** The current sitting, or the first one while none has been started. */
    static Long sittingOf(Meeting meeting, List<Sitting> sittings) {
        if (meeting.currentSittingId() != null) {
            return meeting.currentSittingId();
        }
        return sittings.isEmpty() ? null : sittings.get(0).id();
    }

    long id() {
        return meeting.id();
    }

    /** The current sitting's id, or a refusal when the meeting has no sitting at all. */
    long requireSitting() {
        if (sittingId == null) {
            throw new RequestRefused(RequestRefused.Problem.WRONG_STATE, "Kỳ họp chưa có phiên họp nào để điểm danh.");
        }
        return sittingId;
    }
}
