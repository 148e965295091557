package vn.dienhong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load average and the machine, printed beside every figure because the benchmark machine is shared. */
final class BenchMachine {
    private BenchMachine() {
    }

    /** The 1-, 5- and 15-minute load averages, e.g. "5.43 4.61 3.22". */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** CPUs, model, OS, Java and the load average now. */
    static String describe() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        return String.format("machine: %d CPUs (%s), %s %s, Java %s, load average %s",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), load());
    }
}
