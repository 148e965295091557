package vn.dienhong.model;

import java.time.Instant;
import java.util.Map;

/**
 * A change that screens and tablets must learn about, numbered so that they apply changes in order
 * and a reconnecting tablet can resume after the last one it saw.
 */
public record HallEvent(long seq, String type, Instant at, Map<String, Object> data) {
    public HallEvent {
        data = Map.copyOf(data);
    }
}
