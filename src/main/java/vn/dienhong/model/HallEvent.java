package vn.dienhong.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change that screens and tablets must learn about, numbered so that they apply changes in order
 * and a reconnecting tablet can resume after the last one it saw.
 */
public record HallEvent(long seq, String type, Instant at, Map<String, Object> data) {
    public HallEvent {
        // keeps the publisher's key order and allows null values ("no countdown")
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
