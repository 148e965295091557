package vn.dienhong.model;

/** What share of whom must approve: the law measures resolutions against the total number of delegates. */
public enum Threshold {
    /** More than half of the total number of delegates (the default for resolutions). */
    MAJORITY_OF_TOTAL,
    /** At least two thirds of the total (e.g. recall of a delegate). */
    TWO_THIRDS_OF_TOTAL,
    /** More than half of those present, only where the council's rules allow it. */
    MAJORITY_OF_PRESENT;

    /** Whether {@code count} meets this threshold; exact integer arithmetic, no rounding. */
    public boolean isMet(int count, int total, int present) {
        return switch (this) {
            case MAJORITY_OF_TOTAL -> total > 0 && 2L * count > total;
            case TWO_THIRDS_OF_TOTAL -> total > 0 && 3L * count >= 2L * total;
            case MAJORITY_OF_PRESENT -> present > 0 && 2L * count > present;
        };
    }
}
