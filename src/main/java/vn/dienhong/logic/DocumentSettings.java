package vn.dienhong.logic;

/**
 * The council's document rules: the largest file the operator may load, and whether the chair may
 * see who has opened a document (a known practice, off by default for the delegates' privacy).
 */
public record DocumentSettings(long maxUploadBytes, boolean chairSeesReaders) {
    public static DocumentSettings defaults() {
        return new DocumentSettings(200L * 1024 * 1024, false);
    }
}
