package vn.dienhong.logic;

/** The share of the total number of delegates that must be present to proceed (default two thirds). */
public record QuorumRule(int numerator, int denominator) {

    public QuorumRule {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("quorum must be a fraction between 0 and 1, got "
                    + numerator + "/" + denominator);
        }
    }

    /** Parses "2/3" style fractions as written in the config file. */
    public static QuorumRule parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("quorum must look like 2/3, got '" + text + "'");
        }
        return new QuorumRule(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** Whether {@code present} of {@code total} delegates meets the quorum; exact integer arithmetic, no rounding. */
    public boolean isReached(int present, int total) {
        return total > 0 && (long) present * denominator >= (long) total * numerator;
    }

    /** The smallest number of present delegates that reaches the quorum. */
    public int required(int total) {
        return (int) ((total * (long) numerator + denominator - 1) / denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
