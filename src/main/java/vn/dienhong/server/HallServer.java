package vn.dienhong.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallServices;

/** The hall's embedded tablet server: started and stopped with the app, an object rather than a main. */
public final class HallServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallServer.class);
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    private final TabletSockets sockets;
    private final Channel channel;
    private final int port;

    private HallServer(HallServices services, ServerOptions options) throws InterruptedException {
        this.sockets = new TabletSockets(services.events(), services.presence());
        // The server's own origins are known only once the port is: they are added right after binding.
        Set<String> origins = ConcurrentHashMap.newKeySet();
        origins.addAll(options.allowedOrigins());
        this.channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childHandler(new HallChannelInitializer(services, options, sockets, origins))
                .bind(options.bind(), options.port()).sync().channel();
        this.port = ((InetSocketAddress) channel.localAddress()).getPort();
        origins.addAll(ownOrigins(port));
        LOG.info("Tablet server listening on {}:{}", options.bind(), port);
    }

    /** Binds and starts serving; fails when the port is taken. */
    public static HallServer start(HallServices services, ServerOptions options) {
        try {
            return new HallServer(services, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the tablet server", e);
        }
    }

    public int port() {
        return port;
    }

    /** The addresses a tablet on the hall network should open, best first (LAN IPv4, then loopback). */
    public List<String> tabletAddresses() {
        List<String> out = new ArrayList<>();
        for (InetAddress address : localAddresses()) {
            if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                out.add("http://" + address.getHostAddress() + ":" + port + "/");
            }
        }
        out.add("http://localhost:" + port + "/");
        return out;
    }

    private static Set<String> ownOrigins(int port) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add("http://localhost:" + port);
        for (InetAddress address : localAddresses()) {
            String host = address instanceof Inet4Address ? address.getHostAddress()
                    : "[" + address.getHostAddress().replaceAll("%.*$", "") + "]";
            origins.add("http://" + host + ":" + port);
        }
        return origins;
    }

    private static List<InetAddress> localAddresses() {
        List<InetAddress> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp()) {
                    out.addAll(Collections.list(nic.getInetAddresses()));
                }
            }
        } catch (SocketException e) {
            LOG.warn("Could not list network interfaces; tablets may need the address typed by hand", e);
        }
        return out;
    }

    @Override
    public void close() {
        sockets.close();
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
