package vn.dienhong.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Reads another JVM's heap with the JDK's jcmd and jstat, to show a hall serving big files keeps a small heap. */
final class JvmHeap {
    private JvmHeap() {
    }

    /** The heap line of {@code jcmd PID GC.heap_info}, e.g. "garbage-first heap total 262144K, used 41234K". */
    static String line(long pid) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out.lines().filter(l -> l.contains(" used ")).findFirst().orElse(out).trim().replaceAll("\\s+", " ")
                .replaceAll(" \\[.*", "");
    }

    /** Samples the heap in use (survivors + eden + old, from {@code jstat -gc PID 200}) and keeps the largest. */
    static AtomicLong watchPeak(long pid) throws Exception {
        Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "200").start();
        AtomicLong peak = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                List<String> columns = Arrays.asList(in.readLine().trim().split("\\s+"));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] v = line.trim().split("\\s+");
                    double used = 0;
                    for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(v[columns.indexOf(c)]);
                    }
                    peak.accumulateAndGet((long) used, Math::max);
                }
            } catch (Exception e) {
                // the hall stopped: keep the peak seen so far
            }
        }, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(jstat::destroy));
        return peak;
    }
}
