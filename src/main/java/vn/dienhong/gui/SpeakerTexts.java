package vn.dienhong.gui;

import java.time.Duration;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;

/** The words for a request to speak, shared by the queue's rows and the speaker's box so they read alike. */
final class SpeakerTexts {
    private SpeakerTexts() {
    }

    /** "Nguyễn Văn An (ghế 12)"; the name alone when the delegate has no seat. */
    static String name(Messages m, SpeakerRequest r) {
        return r.seat() == null ? r.delegateName() : m.format("speaker.nameSeat", r.delegateName(), r.seat());
    }

    /** The kind in words, a question with whom it asks: "Chất vấn → Giám đốc Sở Tài chính". */
    static String kind(Messages m, SpeakerRequest r) {
        if (r.kind() == SpeakerKind.QUESTION && r.respondentName() != null) {
            return m.format("speaker.kind.QUESTION.to", r.respondentName());
        }
        return m.get("speaker.kind." + r.kind().name());
    }

    /** "Ghế A05 · Chất vấn → Giám đốc Sở Tài chính", for a line under the name alone; the kind without a seat. */
    static String seatAndKind(Messages m, SpeakerRequest r) {
        return r.seat() == null ? kind(m, r) : m.format("speaker.seatKind", r.seat(), kind(m, r));
    }

    /** "Chất vấn → Giám đốc Sở Tài chính · Tiến độ giải ngân"; the kind alone without a topic. */
    static String kindAndTopic(Messages m, SpeakerRequest r) {
        String kind = kind(m, r);
        return r.topic() == null ? kind : m.format("speaker.kindTopic", kind, r.topic());
    }

    /** The kind and topic, then the speaking time of the kind: "… · 3 phút". */
    static String about(Messages m, SpeakerRequest r, Duration limit) {
        return m.format("speaker.about", kindAndTopic(m, r), length(m, limit));
    }

    /** "7 phút", or "1 phút 30 giây" when the hall set seconds. */
    static String length(Messages m, Duration limit) {
        long seconds = limit.toSeconds();
        return seconds % 60 == 0 ? m.format("speaker.minutes", seconds / 60)
                : m.format("speaker.minutesSeconds", seconds / 60, seconds % 60);
    }
}
