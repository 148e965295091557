package vn.dienhong.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as an operator runs it: a separate JVM started with --headless --demo on a file database,
 * killed with SIGKILL and started again. The demo is not seeded twice and a tablet's session survives.
 */
class HeadlessRestartTest {
    private static final Pattern ADDRESS = Pattern.compile("http://localhost:(\\d+)/");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Process process;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void sessionsAndDataSurviveAKill() throws Exception {
        Path config = dir.resolve("cheap.properties");
        Files.writeString(config, "auth.pbkdf2Iterations=1000\n");
        Path data = dir.resolve("data");

        int port = startHall(data, config);
        JsonNode login = post(port, "/api/v1/login", "{\"username\":\"db050\",\"pin\":\"246810\"}");
        String token = login.get("token").asText();
        JsonNode before = get(port, "/api/v1/meeting", token);
        assertThat(before.get("totalDelegates").asInt()).isEqualTo(50);

        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int portAfter = startHall(data, config);

        JsonNode after = get(portAfter, "/api/v1/meeting", token);
        assertThat(after.get("id").asLong()).isEqualTo(before.get("id").asLong());
        assertThat(after.get("agenda")).isEqualTo(before.get("agenda"));
        assertThat(after.get("totalDelegates").asInt()).isEqualTo(50);
    }

    /** Starts the hall in a child JVM and returns the port it printed. */
    private int startHall(Path data, Path config) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "vn.dienhong.app.Launcher", "--headless", "--demo", "--data", data.toString(), "--port", "0",
                "--config", config.toString())).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(process));
        return port.get(60, TimeUnit.SECONDS);
    }

    private static int readPort(Process process) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = ADDRESS.matcher(line);
                if (m.find()) {
                    int port = Integer.parseInt(m.group(1));
                    // keep draining so the child never blocks on a full pipe
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return port;
                }
            }
            throw new IllegalStateException("the hall exited without printing its address");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(int port, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode get(int port, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
