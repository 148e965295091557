package vn.dienhong.logic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.model.CouncilLevel;
import vn.dienhong.model.MeetingKind;
import vn.dienhong.model.Role;
import vn.dienhong.persistence.AccountDao;
import vn.dienhong.persistence.CouncilDao;
import vn.dienhong.persistence.Database;
import vn.dienhong.persistence.FileStore;
import vn.dienhong.persistence.MeetingDao;

/**
 * Fills an empty hall with a ready demo session of a fictional provincial council, so that a
 * newcomer sees the system work at once. The demo accounts are a contract used by outside tests:
 * delegates db001…dbNNN with PIN 246810, "operator"/"operator-demo", "chair"/"chair-demo".
 */
public final class DemoSeeder {
    public static final String DELEGATE_PIN = "246810";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Database db;
    private final FileStore files;
    private final PinHasher hasher;

    public DemoSeeder(Database db, FileStore files, PinHasher hasher) {
        this.db = db;
        this.files = files;
        this.hasher = hasher;
    }

    /** Seeds the demo when the database holds no meeting yet; returns whether it did. */
    public boolean seedIfEmpty(int delegates, LocalDate firstDay) {
        if (delegates < 3 || delegates > 999) {
            throw new IllegalArgumentException("the demo needs between 3 and 999 delegates, got " + delegates);
        }
        if (new MeetingDao(db.dsl()).anyMeeting()) {
            return false;
        }
        long started = System.nanoTime();
        // Every demo delegate has the same published PIN, so one salted hash serves them all: per-account
        // salts would protect nothing here and would cost minutes of PBKDF2 for a 500-seat demo.
        String delegatePinHash = hasher.hash(DELEGATE_PIN);
        // Each PBKDF2 hash costs about a second here: compute the staff's in parallel, outside the transaction.
        Map<String, String> staffPinHashes = staff().parallelStream()
                .collect(Collectors.toMap(StaffAccount::username, a -> hasher.hash(a.username() + "-demo")));
        db.dsl().transaction(tx -> seed(tx.dsl(), delegates, firstDay, delegatePinHash, staffPinHashes));
        LOG.info("Seeded the demo session with {} delegates in {} ms", delegates, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void seed(DSLContext dsl, int delegates, LocalDate firstDay, String delegatePinHash,
                      Map<String, String> staffPinHashes) {
        CouncilDao councils = new CouncilDao(dsl);
        MeetingDao meetings = new MeetingDao(dsl);
        AccountDao accounts = new AccountDao(dsl);
        long council = councils.insertCouncil("Hội đồng nhân dân tỉnh Lạc Hồng", CouncilLevel.PROVINCE, "XVII");
        long meeting = meetings.insertMeeting(council, MeetingKind.SESSION,
                "Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh Lạc Hồng khóa XVII", 6,
                "Hội trường Trung tâm Hội nghị tỉnh", firstDay, firstDay.plusDays(1), true);
        List<Long> sittings = new ArrayList<>();
        sittings.add(meetings.insertSitting(meeting, 1, "Phiên họp sáng " + DemoAgenda.day(firstDay), at(firstDay, 8)));
        sittings.add(meetings.insertSitting(meeting, 2, "Phiên họp chiều " + DemoAgenda.day(firstDay), at(firstDay, 14)));
        LocalDate second = firstDay.plusDays(1);
        sittings.add(meetings.insertSitting(meeting, 3, "Phiên họp sáng " + DemoAgenda.day(second), at(second, 8)));
        List<Long> agenda = DemoAgenda.insertItems(meetings, meeting, sittings);
        meetings.setCurrentSitting(meeting, sittings.get(0));
        meetings.setCurrentAgendaItem(meeting, agenda.get(0));

        List<Long> delegateIds = new ArrayList<>();
        for (int i = 0; i < delegates; i++) {
            long id = councils.insertDelegate(council, DemoPeople.name(i), DemoPeople.title(i),
                    DemoPeople.electoralUnit(i), DemoPeople.group(i), DemoPeople.seat(i));
            delegateIds.add(id);
            accounts.insert(String.format("db%03d", i + 1), Role.DELEGATE, id, DemoPeople.name(i),
                    DemoPeople.title(i), delegatePinHash);
        }
        for (StaffAccount staff : staff()) {
            accounts.insert(staff.username(), staff.role(), staff.isChair() ? delegateIds.get(0) : null,
                    staff.name(), staff.title(), staffPinHashes.get(staff.username()));
        }
        new DemoDocuments(dsl, files).insert(meeting, agenda, councils.activeDelegates(council));
    }

    /** A demo account that is not a delegate's own: its PIN is its username followed by "-demo". */
    private record StaffAccount(String username, Role role, String name, String title) {
        boolean isChair() {
            return role == Role.CHAIR;
        }
    }

    private static List<StaffAccount> staff() {
        List<StaffAccount> staff = new ArrayList<>(List.of(
                new StaffAccount("chair", Role.CHAIR, DemoPeople.name(0), DemoPeople.title(0)),
                new StaffAccount("operator", Role.OPERATOR, "Kỹ thuật viên phòng họp", "Văn phòng HĐND tỉnh"),
                new StaffAccount("secretary", Role.SECRETARY, "Trần Thị Thư", "Thư ký kỳ họp"),
                new StaffAccount("archivist", Role.ARCHIVIST, "Lê Văn Lưu", "Lưu trữ viên"),
                new StaffAccount("guest", Role.GUEST, "Khách mời", "Đại biểu dự thính"),
                new StaffAccount("display", Role.DISPLAY, "Màn hình chủ tọa", "Màn hình hội trường")));
        for (String[] r : DemoAgenda.RESPONDENTS) {
            staff.add(new StaffAccount(r[0], Role.RESPONDENT, r[1], r[2]));
        }
        return staff;
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(HALL_ZONE).toOffsetDateTime();
    }
}
