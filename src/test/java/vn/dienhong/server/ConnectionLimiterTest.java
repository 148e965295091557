package vn.dienhong.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One hall address may hold only so many connections; the control-room PC (loopback) is never limited. */
class ConnectionLimiterTest {
    private final ConnectionLimiter limiter = new ConnectionLimiter(2);
    private final List<EmbeddedChannel> channels = new ArrayList<>();

    @AfterEach
    void closeAll() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
    }

    @Test
    void aThirdConnectionFromOneTabletIsClosed() {
        Connection first = connect("10.0.0.7", 40001);
        Connection second = connect("10.0.0.7", 40002);
        Connection third = connect("10.0.0.7", 40003);

        assertThat(first.served()).isTrue();
        assertThat(second.served()).isTrue();
        assertThat(third.channel.isOpen()).isFalse();
        assertThat(third.reachedTheServer.active).as("the refused connection never reaches HTTP").isFalse();
        assertThat(limiter.openFrom(ip("10.0.0.7"))).as("the refused one holds no slot").isEqualTo(2);
    }

    @Test
    void otherAddressesAreNotAffected() {
        connect("10.0.0.7", 40001);
        connect("10.0.0.7", 40002);
        assertThat(connect("10.0.0.8", 40001).served()).isTrue();
        assertThat(connect("10.0.0.8", 40002).served()).isTrue();
        assertThat(limiter.openFrom(ip("10.0.0.8"))).isEqualTo(2);
    }

    @Test
    void loopbackIsNeverLimited() {
        for (int i = 0; i < 10; i++) {
            assertThat(connect("127.0.0.1", 41000 + i).served()).as("IPv4 loopback #%d", i + 1).isTrue();
            assertThat(connect("::1", 42000 + i).served()).as("IPv6 loopback #%d", i + 1).isTrue();
        }
        assertThat(limiter.openFrom(ip("127.0.0.1"))).isZero();
    }

    @Test
    void closingAConnectionFreesItsSlot() {
        Connection first = connect("10.0.0.7", 40001);
        connect("10.0.0.7", 40002);
        assertThat(connect("10.0.0.7", 40003).served()).isFalse();

        first.channel.close();
        assertThat(limiter.openFrom(ip("10.0.0.7"))).isEqualTo(1);
        assertThat(connect("10.0.0.7", 40004).served()).isTrue();
        assertThat(connect("10.0.0.7", 40005).served()).isFalse();
    }

    @Test
    void whenEveryConnectionClosesTheAddressIsForgotten() {
        Connection first = connect("10.0.0.7", 40001);
        Connection second = connect("10.0.0.7", 40002);
        first.channel.close();
        second.channel.close();
        assertThat(limiter.openFrom(ip("10.0.0.7"))).isZero();
        assertThat(connect("10.0.0.7", 40003).served()).isTrue();
        assertThat(connect("10.0.0.7", 40004).served()).isTrue();
    }

    private Connection connect(String address, int port) {
        ActiveProbe probe = new ActiveProbe();
        EmbeddedChannel channel = new EmbeddedSocketChannel(EmbeddedSocketChannel.address(address, port), limiter, probe);
        channels.add(channel);
        return new Connection(channel, probe);
    }

    private static InetAddress ip(String address) {
        return EmbeddedSocketChannel.address(address, 0).getAddress();
    }

    private record Connection(EmbeddedChannel channel, ActiveProbe reachedTheServer) {
        boolean served() {
            return channel.isOpen() && reachedTheServer.active;
        }
    }

    /** Stands in for the HTTP handlers: notes whether the connection was passed on to them. */
    private static final class ActiveProbe extends ChannelInboundHandlerAdapter {
        boolean active;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            active = true;
            ctx.fireChannelActive();
        }
    }
}
