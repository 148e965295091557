package vn.dienhong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the load generator {@code wrk} (Debian package {@code wrk}) and the figures read from
 * its report, so that the hall and nginx are loaded by the very same tool and options.
 */
record Wrk(long requests, double seconds, long bytes, long non2xx, String socketErrors, String p50, String p99,
           String report) {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m), ([\\d.]+)([KMGT]?B) read");

    /** {@code wrk -t threads -c connections -d seconds --timeout 60s --latency -H header url}. */
    static Wrk run(String url, String header, int connections, int threads, int seconds)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(List.of("wrk", "-t", Integer.toString(threads), "-c",
                Integer.toString(connections), "-d", seconds + "s", "--timeout", "60s", "--latency", "-H", header, url))
                .redirectErrorStream(true).start();
        String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + report);
        }
        Matcher m = SUMMARY.matcher(report);
        if (!m.find()) {
            throw new IllegalStateException("no summary in wrk's report:\n" + report);
        }
        double secs = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        long bytes = (long) (Double.parseDouble(m.group(4)) * Math.pow(1024, "BKMGT".indexOf(m.group(5).charAt(0))));
        return new Wrk(Long.parseLong(m.group(1)), secs, bytes, number(report, "Non-2xx or 3xx responses: (\\d+)"),
                text(report, "Socket errors: ([^\\n]+)", "none"), text(report, "\\s50%\\s+(\\S+)", "?"),
                text(report, "\\s99%\\s+(\\S+)", "?"), report);
    }

    double requestsPerSecond() {
        return requests / seconds;
    }

    /** Body and header bytes read per second, in MB (10^6 bytes). */
    double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    private static long number(String report, String regex) {
        Matcher m = Pattern.compile(regex).matcher(report);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String text(String report, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(report);
        return m.find() ? m.group(1).trim() : otherwise;
    }
}
