package vn.dienhong.server;

import java.util.Set;

/**
 * How the tablet server listens: address and port, the origins a browser page may open the
 * WebSocket from, whether operator endpoints answer outside loopback, and per-address limits.
 */
public record ServerOptions(String bind, int port, Set<String> allowedOrigins, boolean operatorFromLan,
                            int maxConnectionsPerAddress) {

    public ServerOptions {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** Loopback only, an ephemeral port: for tests. */
    public static ServerOptions loopback() {
        return new ServerOptions("127.0.0.1", 0, Set.of(), false, 32);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bind, newPort, allowedOrigins, operatorFromLan, maxConnectionsPerAddress);
    }
}
