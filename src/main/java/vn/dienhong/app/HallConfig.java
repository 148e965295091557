package vn.dienhong.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dienhong.logic.HallSettings;
import vn.dienhong.logic.QuorumRule;
import vn.dienhong.logic.DocumentSettings;
import vn.dienhong.logic.SpeakingTimes;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.server.ServerOptions;

/**
 * Reads config/dienhong.properties in layers: the defaults shipped in the jar, then a
 * config/dienhong.properties beside the working directory, then a file named with --config.
 */
final class HallConfig {
    private final Properties props = new Properties();

    private HallConfig() {
    }

    static HallConfig load(Path explicitFile) {
        HallConfig config = new HallConfig();
        try (InputStream defaults = HallConfig.class.getResourceAsStream("/dienhong.properties")) {
            if (defaults == null) {
                throw new IllegalStateException("dienhong.properties is missing from the jar");
            }
            config.props.load(new java.io.InputStreamReader(defaults, StandardCharsets.UTF_8));
            config.overlay(Path.of("config", "dienhong.properties"));
            if (explicitFile != null) {
                if (!Files.isRegularFile(explicitFile)) {
                    throw new IllegalArgumentException("Không tìm thấy tệp cấu hình " + explicitFile
                            + " (config file not found)");
                }
                config.overlay(explicitFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private void overlay(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        }
    }

    String get(String key) {
        String value = props.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("setting " + key + " is missing from the configuration");
        }
        return value.trim();
    }

    void set(String key, String value) {
        props.setProperty(key, value);
    }

    HallSettings settings() {
        return new HallSettings(get("hall.name"), QuorumRule.parse(get("quorum")), get("vote.threshold.default"),
                Boolean.parseBoolean(get("vote.threshold.allowMajorityOfPresent")),
                Boolean.parseBoolean(get("vote.allowChange")), Locale.forLanguageTag(get("language")),
                Duration.ofHours(Long.parseLong(get("auth.sessionHours"))),
                Integer.parseInt(get("auth.failuresPerAddressPerHour")),
                Integer.parseInt(get("auth.failuresPerAccountPerHour")),
                Integer.parseInt(get("auth.pbkdf2Iterations")), speakingTimes(),
                new DocumentSettings(Long.parseLong(get("documents.maxUploadMb")) * 1024 * 1024,
                        Boolean.parseBoolean(get("documents.chairSeesReaders"))));
    }

    private SpeakingTimes speakingTimes() {
        Map<SpeakerKind, Duration> limits = new EnumMap<>(SpeakerKind.class);
        for (SpeakerKind kind : SpeakerKind.values()) {
            limits.put(kind, Duration.ofSeconds(Long.parseLong(get("floor.seconds." + kind.name()))));
        }
        return new SpeakingTimes(limits, Duration.ofSeconds(Long.parseLong(get("floor.warningSeconds"))));
    }

    ServerOptions serverOptions() {
        Set<String> origins = Arrays.stream(get("server.allowedOrigins").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new ServerOptions(get("server.bind"), Integer.parseInt(get("server.port")), origins,
                Boolean.parseBoolean(get("server.operatorFromLan")),
                Integer.parseInt(get("server.maxConnectionsPerAddress")));
    }

    /** The data folder: the configured one, or the per-user default (~/.dienhong, %APPDATA%\DienHong). */
    Path dataDir() {
        String configured = get("data.dir");
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") && appData != null) {
            return Path.of(appData, "DienHong");
        }
        return Path.of(System.getProperty("user.home"), ".dienhong");
    }
}
