package vn.dienhong.logic;

/** Where an export has got to, for a progress bar: a fraction from 0 to 1 and the step in words. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (fraction, step) -> { };

    void update(double fraction, String step);
}
