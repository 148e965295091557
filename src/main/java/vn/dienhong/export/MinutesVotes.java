package vn.dienhong.export;

import static vn.dienhong.export.RecordWords.dateTime;
import static vn.dienhong.export.RecordWords.word;

import java.util.List;
import vn.dienhong.model.DelegateChoice;
import vn.dienhong.model.RecordedVote;
import vn.dienhong.model.SessionRecord;
import vn.dienhong.model.SubjectResult;
import vn.dienhong.model.VoteKind;
import vn.dienhong.model.VoteStatus;

/**
 * The minutes' account of every vote: form, kind and threshold, counts with percentages of the total,
 * the outcome, and for an open vote each delegate's choice (a secret ballot shows counts only).
 */
final class MinutesVotes {
    private final PdfPages pages;
    private final SessionRecord record;

    MinutesVotes(PdfPages pages, SessionRecord record) {
        this.pages = pages;
        this.record = record;
    }

    void all() {
        pages.heading("VI. KẾT QUẢ BIỂU QUYẾT");
        if (record.votes().isEmpty()) {
            pages.paragraph("Không có lần biểu quyết nào.");
        }
        int n = 1;
        for (RecordedVote v : record.votes()) {
            vote(n++, v);
        }
    }

    private void vote(int n, RecordedVote v) {
        pages.down(4);
        pages.ensure(v.result() == null ? 60 : 170); // the title stays with its result table
        pages.paragraph(pages.bold, PdfPages.BODY, 0, n + ". " + v.vote().title());
        pages.paragraph(VoteLines.details(v.vote()) + ".");
        pages.paragraph(word("status", v.vote().status()) + "; mở lúc " + dateTime(v.vote().openedAt())
                + ", kết thúc lúc " + dateTime(v.vote().closedAt()) + ".");
        if (v.vote().status() != VoteStatus.CLOSED || v.result() == null) {
            return;
        }
        pages.paragraph(VoteLines.turnout(v));
        if (v.vote().kind() == VoteKind.RESOLUTION) {
            PdfTable table = new PdfTable(pages, new float[] {6, 3, 3}, "Lựa chọn", "Số đại biểu", "Tỷ lệ so với tổng số");
            VoteLines.resolutionRows(v.result()).forEach(table::row);
            table.end();
            pages.paragraph(pages.bold, PdfPages.BODY, 0, "Kết quả: " + VoteLines.resolutionOutcome(v.result()));
        } else {
            VoteKind kind = v.vote().kind();
            PdfTable table = new PdfTable(pages, VoteLines.subjectShares(kind), VoteLines.subjectHeadings(kind));
            for (SubjectResult s : v.result().subjects()) {
                table.row(VoteLines.subjectRow(kind, s, v.result().total()));
            }
            table.end();
        }
        if (!v.vote().isSecret()) {
            choices(v);
        } else {
            pages.paragraph("Bỏ phiếu kín: chỉ ghi số phiếu, không ghi lựa chọn của từng đại biểu.");
        }
        if (v.auditHead() != null) {
            pages.paragraph(pages.regular, 8.5f, 0, "Mã kiểm chứng khi kết thúc: " + v.auditHead());
        }
    }

    /** Each delegate's choice, two delegates to a row so that a 500-seat vote stays readable and short. */
    private void choices(RecordedVote v) {
        pages.paragraph(pages.bold, PdfPages.BODY, 0, "Lựa chọn của từng đại biểu:");
        PdfTable table = new PdfTable(pages, new float[] {1.4f, 6, 4, 1.4f, 6, 4},
                "STT", "Đại biểu", "Lựa chọn", "STT", "Đại biểu", "Lựa chọn");
        List<DelegateChoice> choices = v.choices();
        int half = (choices.size() + 1) / 2;
        for (int i = 0; i < half; i++) {
            DelegateChoice left = choices.get(i);
            DelegateChoice right = i + half < choices.size() ? choices.get(i + half) : null;
            table.row(String.valueOf(i + 1), left.name(), RecordWords.choice(v.vote().kind(), left.choice()),
                    right == null ? "" : String.valueOf(i + half + 1), right == null ? "" : right.name(),
                    right == null ? "" : RecordWords.choice(v.vote().kind(), right.choice()));
        }
        table.end();
    }
}
