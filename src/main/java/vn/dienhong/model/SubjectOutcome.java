package vn.dienhong.model;

/** What a confidence rating, a confidence vote or an election concluded for one official or candidate. */
public enum SubjectOutcome {
    /** Confidence rating: at most half of the total rated LOW; nothing follows. */
    NO_CONSEQUENCE,
    /** Confidence rating: more than half but under two thirds rated LOW: may resign, else a confidence vote follows. */
    MAY_RESIGN,
    /** At least two thirds rated LOW, or more than half voted NO_CONFIDENCE: dismissal is proposed. */
    DISMISSAL_PROPOSED,
    /** Confidence vote: at most half of the total voted NO_CONFIDENCE. */
    CONFIDENCE_KEPT,
    /** Election: met the threshold and placed within the seats. */
    ELECTED,
    /** Election: below the threshold or outranked. */
    NOT_ELECTED,
    /** Election: tied with others for the last seats; the council must vote again among them. */
    TIED
}
