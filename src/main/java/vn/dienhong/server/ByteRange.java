package vn.dienhong.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a file to send for a {@code Range: bytes=…} request (RFC 9110), as pdf.js asks for a
 * big PDF in pieces: one range ({@code partial}), or the whole file when none (or several) was asked,
 * which the RFC allows.
 */
record ByteRange(long start, long end, boolean partial) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The bytes to send of a file of {@code size} bytes; empty when the range asked lies outside it (416). */
    static Optional<ByteRange> parse(String header, long size) {
        ByteRange whole = new ByteRange(0, size - 1, false);
        Matcher m = SINGLE.matcher(header == null ? "" : header.replace(" ", ""));
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return Optional.of(whole);
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 ? Optional.empty()
                        : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, true));
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            return start >= size || end < start ? Optional.empty() : Optional.of(new ByteRange(start, end, true));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    long length() {
        return end - start + 1;
    }

    String contentRange(long size) {
        return "bytes " + start + "-" + end + "/" + size;
    }
}
