package vn.dienhong.model;

import java.time.Instant;

/** Who opened a document version first and when, for the chair when the council allows it. */
public record DocumentReader(String name, Instant openedAt) {
}
