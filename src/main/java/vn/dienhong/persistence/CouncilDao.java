package vn.dienhong.persistence;

import static vn.dienhong.persistence.jooq.Tables.COUNCIL;
import static vn.dienhong.persistence.jooq.Tables.DELEGATE;
import static vn.dienhong.persistence.jooq.Tables.MEETING;
import static vn.dienhong.persistence.jooq.Tables.MEETING_PARTICIPANT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dienhong.model.Council;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.Delegate;
import vn.dienhong.persistence.jooq.tables.records.CouncilRecord;
import vn.dienhong.persistence.jooq.tables.records.DelegateRecord;

/** Reads and writes councils and their delegates. */
public final class CouncilDao {
    private final DSLContext dsl;

    public CouncilDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertCouncil(String name, CouncilLevel level, String term) {
        return dsl.insertInto(COUNCIL)
                .set(COUNCIL.NAME, name).set(COUNCIL.LEVEL, level.name())
                .set(COUNCIL.TERM, term)
                .returning(COUNCIL.ID).fetchOne(COUNCIL.ID);
    }

    public Optional<Council> findCouncil(long id) {
        return dsl.selectFrom(COUNCIL).where(COUNCIL.ID.eq(id)).fetchOptional(CouncilDao::toCouncil);
    }

    public long insertDelegate(long councilId, String fullName, String title, String electoralUnit,
                               String groupName, String seat) {
        return dsl.insertInto(DELEGATE)
                .set(DELEGATE.COUNCIL_ID, councilId).set(DELEGATE.FULL_NAME, fullName)
                .set(DELEGATE.TITLE, title).set(DELEGATE.ELECTORAL_UNIT, electoralUnit)
                .set(DELEGATE.GROUP_NAME, groupName).set(DELEGATE.SEAT, seat)
                .returning(DELEGATE.ID).fetchOne(DELEGATE.ID);
    }

    public List<Delegate> activeDelegates(long councilId) {
        return dsl.selectFrom(DELEGATE)
                .where(DELEGATE.COUNCIL_ID.eq(councilId).and(DELEGATE.ACTIVE.isTrue()))
                .orderBy(DELEGATE.ID).fetch(CouncilDao::toDelegate);
    }

    /**
     * The delegates who hold a meeting: the active delegates of its council, or only its listed
     * participants (a committee or group discussion); the same set is the meeting's "total".
     */
    public List<Delegate> members(long meetingId) {
        return dsl.selectFrom(DELEGATE).where(memberOf(meetingId)).orderBy(DELEGATE.ID).fetch(CouncilDao::toDelegate);
    }

    public int countMembers(long meetingId) {
        return dsl.fetchCount(DELEGATE, memberOf(meetingId));
    }

    /** Whether a delegate row is a member of the meeting (see {@link #members}). */
    static Condition memberOf(long meetingId) {
        Condition listed = DSL.exists(DSL.selectOne().from(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.eq(meetingId)));
        return DELEGATE.ACTIVE.isTrue()
                .and(DELEGATE.COUNCIL_ID.eq(DSL.select(MEETING.COUNCIL_ID).from(MEETING).where(MEETING.ID.eq(meetingId))))
                .and(DSL.not(listed).or(DELEGATE.ID.in(DSL.select(MEETING_PARTICIPANT.DELEGATE_ID)
                        .from(MEETING_PARTICIPANT).where(MEETING_PARTICIPANT.MEETING_ID.eq(meetingId)))));
    }

    /** The legal "total number of delegates" that vote thresholds and quorum are measured against. */
    public int countActiveDelegates(long councilId) {
        return dsl.fetchCount(DELEGATE, DELEGATE.COUNCIL_ID.eq(councilId).and(DELEGATE.ACTIVE.isTrue()));
    }

    private static Council toCouncil(CouncilRecord r) {
        return new Council(r.getId(), r.getName(), CouncilLevel.valueOf(r.getLevel()), r.getTerm());
    }

    private static Delegate toDelegate(DelegateRecord r) {
        return new Delegate(r.getId(), r.getCouncilId(), r.getFullName(), r.getTitle(), r.getElectoralUnit(),
                r.getGroupName(), r.getSeat());
    }
}
