package vn.dienhong.model;

/** Why a delegate asks for the floor; each kind has its own speaking time. */
public enum SpeakerKind {
    /** Thảo luận. */
    DISCUSSION,
    /** Chất vấn: names the official who must answer. */
    QUESTION,
    /** Tranh luận: replies to an earlier speech. */
    DEBATE,
    /** Kiến nghị về thủ tục (point of order). */
    POINT_OF_ORDER
}
