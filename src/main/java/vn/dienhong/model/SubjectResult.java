package vn.dienhong.model;

import java.util.Map;

/** How one official was rated, or how many chose one candidate, and what follows from it. */
public record SubjectResult(String name, Map<String, Integer> counts, SubjectOutcome outcome) {
    public SubjectResult {
        counts = Map.copyOf(counts);
    }

    public int count(String choice) {
        return counts.getOrDefault(choice, 0);
    }
}
