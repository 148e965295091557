package vn.dienhong.logic;

import java.nio.file.Path;

/** A file a reader may be sent: where it is on disk, its size, its type and the name it is offered under. */
public record DocumentFile(Path path, long sizeBytes, String fileName, String contentType) {
}
