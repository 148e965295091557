package vn.dienhong.server;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DefaultSocketChannelConfig;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.SocketChannelConfig;
import io.netty.util.concurrent.Ticker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * An {@link EmbeddedChannel} that looks like a tablet's TCP connection: it is a {@link SocketChannel}
 * (so the hall's real {@link HallChannelInitializer} can build its pipeline on it), it comes from a
 * chosen remote address, and its scheduled tasks follow a test {@link Ticker} instead of the wall clock.
 */
final class EmbeddedSocketChannel extends EmbeddedChannel implements SocketChannel {
    private static final InetSocketAddress HALL_SERVER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
    private final InetSocketAddress remote;
    private Socket unconnected;
    private SocketChannelConfig socketConfig;

    EmbeddedSocketChannel(InetSocketAddress remote, Ticker ticker, ChannelHandler... handlers) {
        // registered only once the remote address is known: channelActive handlers ask for it
        super(EmbeddedChannel.builder().register(false).ticker(ticker).handlers(handlers));
        this.remote = remote;
        try {
            register();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    EmbeddedSocketChannel(InetSocketAddress remote, ChannelHandler... handlers) {
        this(remote, Ticker.systemTicker(), handlers);
    }

    static InetSocketAddress address(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    protected SocketAddress remoteAddress0() {
        return remote;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public InetSocketAddress localAddress() {
        return HALL_SERVER;
    }

    @Override
    public ServerSocketChannel parent() {
        return null;
    }

    @Override
    public synchronized SocketChannelConfig config() {
        if (socketConfig == null) {
            unconnected = new Socket();
            socketConfig = new DefaultSocketChannelConfig(this, unconnected);
            closeFuture().addListener(f -> closeQuietly());
        }
        return socketConfig;
    }

    private void closeQuietly() {
        try {
            unconnected.close();
        } catch (IOException ignored) {
            // nothing was connected
        }
    }

    @Override
    public boolean isInputShutdown() {
        return !isActive();
    }

    @Override
    public ChannelFuture shutdownInput() {
        return close();
    }

    @Override
    public ChannelFuture shutdownInput(ChannelPromise promise) {
        return close(promise);
    }

    @Override
    public boolean isOutputShutdown() {
        return !isActive();
    }

    @Override
    public ChannelFuture shutdownOutput() {
        return close();
    }

    @Override
    public ChannelFuture shutdownOutput(ChannelPromise promise) {
        return close(promise);
    }

    @Override
    public boolean isShutdown() {
        return !isActive();
    }

    @Override
    public ChannelFuture shutdown() {
        return close();
    }

    @Override
    public ChannelFuture shutdown(ChannelPromise promise) {
        return close(promise);
    }
}
