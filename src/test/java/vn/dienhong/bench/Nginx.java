package vn.dienhong.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * The yardstick for file serving: Debian's nginx ({@code apt-get install -y nginx}) started in the
 * foreground on a free loopback port with a private configuration, serving one file with sendfile.
 */
final class Nginx implements AutoCloseable {
    private final Process process;
    private final int port;
    private final String fileName;

    private Nginx(Process process, int port, String fileName) {
        this.process = process;
        this.port = port;
        this.fileName = fileName;
    }

    /**
     * Copies {@code file} under {@code dir}/www and serves it; {@code dir} also holds the config and the
     * error log. {@code dir} and its parent (a fresh temporary folder) are made readable by all.
     */
    static Nginx start(Path dir, Path file) throws IOException, InterruptedException {
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.copy(file, www.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        // nginx's workers drop root for "nobody", who must be able to reach and read the file
        for (Path p : new Path[] {dir.toAbsolutePath().getParent(), dir, www}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(www.resolve(file.getFileName()), PosixFilePermissions.fromString("rw-r--r--"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 1000000;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    types { application/pdf pdf; }
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/www;
                    }
                }
                """.formatted(dir.toAbsolutePath(), port), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("nginx", "-p", dir.toAbsolutePath().toString(), "-c", conf.toString(),
                "-e", dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return new Nginx(process, port, file.getFileName().toString());
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
                }
                Thread.sleep(50);
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
    }

    String url() {
        return "http://127.0.0.1:" + port + "/" + fileName;
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM to the master, which stops its workers. */
    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
