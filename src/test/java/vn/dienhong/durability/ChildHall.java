package vn.dienhong.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hall running in a child JVM started with this JVM's class path, as an operator would run it:
 * its output goes to a log file, from which the tablet address (and so the port) is read. Used by
 * the kill -9 durability test and by the vote burst benchmark.
 */
public final class ChildHall implements AutoCloseable {
    /** The address line the hall prints once it listens, e.g. {@code http://localhost:41234/}. */
    private static final Pattern ADDRESS = Pattern.compile("http://localhost:(\\d+)/");
    private final Process process;
    private final Path log;
    private final int port;

    private ChildHall(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code vn.dienhong.app.Launcher --headless --demo} on {@code data} with the given settings
     * file, as docs/performance.md describes, and waits until it prints its address.
     */
    public static ChildHall startApp(Path data, Path config, int delegates, Path log) {
        return startApp(data, config, delegates, log, List.of());
    }

    /** As {@link #startApp(Path, Path, int, Path)}, with extra JVM options (e.g. a flight recording). */
    public static ChildHall startApp(Path data, Path config, int delegates, Path log, List<String> jvmOptions) {
        return start("vn.dienhong.app.Launcher", jvmOptions, List.of("--headless", "--demo", "--demo-delegates",
                Integer.toString(delegates), "--data", data.toString(), "--port", "0", "--config", config.toString()),
                log, Duration.ofSeconds(120));
    }

    /** Starts {@code mainClass} with {@code args} in a child JVM on this class path and waits for its address. */
    public static ChildHall start(String mainClass, List<String> args, Path log, Duration timeout) {
        return start(mainClass, List.of(), args, log, timeout);
    }

    /** As {@link #start(String, List, Path, Duration)}, with extra JVM options before the main class. */
    public static ChildHall start(String mainClass, List<String> jvmOptions, List<String> args, Path log,
                                  Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dorg.jooq.no-logo=true");
        command.add("-Dorg.jooq.no-tips=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = ADDRESS.matcher(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
                if (m.find()) {
                    return new ChildHall(process, log, Integer.parseInt(m.group(1)));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the hall exited (" + process.exitValue()
                            + ") without printing its address:\n" + tail(log, 40));
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the hall printed no address within " + timeout + ":\n" + tail(log, 40));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes a settings file layered over the defaults; {@code auth.pbkdf2Iterations=1000} makes logins cheap. */
    public static Path cheapLoginConfig(Path dir) {
        try {
            Path config = dir.resolve("cheap-logins.properties");
            Files.writeString(config, "# PIN hashes with 1,000 PBKDF2 iterations instead of 600,000: logins are not\n"
                    + "# what is measured here, and hundreds of logins at 600,000 would cost minutes of CPU\n"
                    + "auth.pbkdf2Iterations=1000\n", StandardCharsets.UTF_8);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** CPU time (user + system) the hall's JVM has used so far, where the OS reports it. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Kills the hall at once and waits for it: {@link Process#destroyForcibly()} sends SIGKILL on
     * Linux (no shutdown hooks, no H2 close); returns the exit value, 137 (128 + 9) after SIGKILL.
     */
    public int killNine() {
        sigkill();
        return awaitExit();
    }

    /** Sends SIGKILL and returns at once (safe to call from a response callback). */
    public void sigkill() {
        process.destroyForcibly();
    }

    /** Waits for the hall's JVM to end and returns its exit value (137 after SIGKILL). */
    public int awaitExit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the hall was still running 20 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** The last lines of the hall's output, for failure messages. */
    public String logTail(int lines) {
        return tail(log, lines);
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the hall politely (SIGTERM: shutdown hook, clean H2 close), forcibly after 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
