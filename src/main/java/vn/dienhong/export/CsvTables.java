package vn.dienhong.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dienhong.model.AttendanceLine;
import vn.dienhong.model.Delegate;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.RecordedDocument;
import vn.dienhong.model.RecordedQuestion;
import vn.dienhong.model.RecordedSitting;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SubjectResult;

/**
 * The record as plain tables (RFC 4180 CSV, UTF-8 with a BOM so that spreadsheet programs read the
 * Vietnamese right): any tool can read them in twenty years. Times are ISO-8601 with their offset.
 */
public final class CsvTables {
    /** The files written, in the order written. */
    public static final List<String> FILES = List.of("dai-bieu.csv", "diem-danh.csv", "bieu-quyet.csv",
            "ket-qua-theo-nguoi.csv", "phieu-cong-khai.csv", "phat-bieu.csv", "chat-van.csv", "tai-lieu.csv");

    public void write(SessionRecord r, Path dir) {
        List<List<Object>> rows = new ArrayList<>();
        for (Delegate d : r.delegates()) {
            rows.add(List.of(d.id(), d.fullName(), s(d.title()), s(d.electoralUnit()), s(d.groupName()), s(d.seat())));
        }
        save(dir, FILES.get(0), List.of("ma_dai_bieu", "ho_ten", "chuc_vu", "don_vi_bau_cu", "to", "ghe"), rows);
        rows = new ArrayList<>();
        for (RecordedSitting s : r.sittings()) {
            for (AttendanceLine a : s.attendance()) {
                rows.add(List.of(s.sitting().id(), s.sitting().title(), a.delegateId(), a.name(), a.status().name(),
                        s(a.reason())));
            }
        }
        save(dir, FILES.get(1), List.of("ma_phien", "phien_hop", "ma_dai_bieu", "ho_ten", "tinh_trang", "ly_do"), rows);
        rows = new ArrayList<>();
        List<List<Object>> subjects = new ArrayList<>();
        List<List<Object>> ballots = new ArrayList<>();
        for (RecordedVote v : r.votes()) {
            var vote = v.vote();
            var res = v.result();
            rows.add(List.of(vote.id(), vote.title(), vote.kind().name(), vote.form().name(), vote.threshold().name(),
                    vote.status().name(), t(vote.openedAt()), t(vote.closedAt()), res == null ? "" : res.total(),
                    res == null ? "" : res.present(), res == null ? "" : res.voted(), res == null ? "" : res.approve(),
                    res == null ? "" : res.reject(), res == null ? "" : res.abstain(),
                    res == null || vote.kind().hasSubjects() ? "" : res.passed(), s(v.auditHead())));
            if (res != null) {
                for (SubjectResult sr : res.subjects()) {
                    for (String choice : vote.kind().choices()) {
                        subjects.add(List.of(vote.id(), sr.name(), choice, sr.count(choice), sr.outcome().name()));
                    }
                }
            }
            for (DelegateChoice c : v.choices()) {
                ballots.add(List.of(vote.id(), c.delegateId(), c.name(), s(c.choice())));
            }
        }
        save(dir, FILES.get(2), List.of("ma_bieu_quyet", "tieu_de", "loai", "hinh_thuc", "dieu_kien", "trang_thai",
                "mo_luc", "ket_thuc_luc", "tong_so", "co_mat", "tham_gia", "tan_thanh", "khong_tan_thanh",
                "khong_bieu_quyet", "thong_qua", "ma_kiem_chung"), rows);
        save(dir, FILES.get(3), List.of("ma_bieu_quyet", "nguoi", "lua_chon", "so_phieu", "ket_qua"), subjects);
        save(dir, FILES.get(4), List.of("ma_bieu_quyet", "ma_dai_bieu", "ho_ten", "lua_chon"), ballots);
        rows = new ArrayList<>();
        for (SpeakerRequest s : r.speakers()) {
            rows.add(List.of(s.id(), s.delegateId(), s.delegateName(), s.kind().name(), s(s.respondentName()),
                    s(s.topic()), s.status().name(), t(s.requestedAt()), t(s.startedAt()), t(s.endedAt())));
        }
        save(dir, FILES.get(5), List.of("ma", "ma_dai_bieu", "ho_ten", "hinh_thuc", "nguoi_tra_loi", "noi_dung",
                "trang_thai", "dang_ky_luc", "bat_dau_luc", "ket_thuc_luc"), rows);
        rows = new ArrayList<>();
        for (RecordedQuestion q : r.questions()) {
            rows.add(List.of(q.id(), q.delegateName(), q.respondentName(), q.text(), q.written(), t(q.askedAt()),
                    t(q.answeredAt())));
        }
        save(dir, FILES.get(6), List.of("ma", "dai_bieu", "nguoi_tra_loi", "cau_hoi", "bang_van_ban", "hoi_luc",
                "tra_loi_luc"), rows);
        rows = new ArrayList<>();
        for (RecordedDocument d : r.documents()) {
            rows.add(List.of(d.id(), s(d.agendaItemId()), d.category().name(), d.title(), s(d.number()), d.version(),
                    s(d.replacesId()), d.pages(), d.sizeBytes(), d.sha256(), t(d.createdAt()), t(d.withdrawnAt()),
                    "tai-lieu/" + d.fileName()));
        }
        save(dir, FILES.get(7), List.of("ma_tai_lieu", "ma_noi_dung", "loai", "tieu_de", "so_ky_hieu", "phien_ban",
                "thay_the_ma", "so_trang", "so_byte", "sha256", "tao_luc", "rut_luc", "tep"), rows);
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String t(OffsetDateTime at) {
        return at == null ? "" : at.toString();
    }

    private static void save(Path dir, String file, List<String> headings, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, new ArrayList<>(headings));
        rows.forEach(row -> line(out, row));
        try {
            Files.writeString(dir.resolve(file), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = Objects.toString(cells.get(i), "");
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            out.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }
}
