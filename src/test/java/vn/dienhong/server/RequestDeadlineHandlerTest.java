package vn.dienhong.server;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dienhong.TestHall;
import vn.dienhong.logic.HallExecutors;
import vn.dienhong.logic.HallServices;
import vn.dienhong.persistence.Database;

/**
 * A client must deliver each whole request within a fixed time, so that dripping one byte at a
 * time cannot hold a connection for ever; time is a mock ticker, nothing sleeps.
 */
class RequestDeadlineHandlerTest {
    private static final String REQUEST = "GET /index.html HTTP/1.1\r\nHost: hall.local\r\n\r\n";
    private static final String PARTIAL = "GET /index.html HTTP/1.1\r\nHost: hall.lo";
    private final MockTicker ticker = Ticker.newMockTicker();
    private final List<EmbeddedChannel> channels = new ArrayList<>();

    @AfterEach
    void closeChannels() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
    }

    /**
     * The handler with a 50 ms deadline where it can do its job: it recognises the end of a request by
     * LastHttpContent, so it must sit after the HTTP codec. The hall's own pipeline is checked below.
     */
    private EmbeddedChannel connect() {
        EmbeddedChannel channel = EmbeddedChannel.builder().ticker(ticker).handlers(new HttpServerCodec(),
                new RequestDeadlineHandler(50), new HttpObjectAggregator(65_536), new StaticFileHandler()).build();
        channels.add(channel);
        return channel;
    }

    @Test
    void aConnectionThatSendsOnlyPartOfTheHeadersIsClosedAtTheDeadline() {
        EmbeddedChannel channel = connect();
        send(channel, PARTIAL);
        elapse(channel, 49);
        assertThat(channel.isOpen()).as("49 ms").isTrue();
        send(channel, "c");
        elapse(channel, 1);
        assertThat(channel.isOpen()).as("50 ms, still no whole request").isFalse();
        assertThat(responses(channel)).isEmpty();
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAtTheDeadline() {
        EmbeddedChannel channel = connect();
        elapse(channel, 49);
        assertThat(channel.isOpen()).isTrue();
        elapse(channel, 1);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aCompleteRequestIsAnsweredAndCancelsTheDeadline() {
        EmbeddedChannel channel = connect();
        elapse(channel, 30);
        send(channel, REQUEST);
        assertThat(responses(channel)).singleElement().asString().startsWith("HTTP/1.1 200 OK");
        elapse(channel, 45);
        assertThat(channel.isOpen()).as("at 75 ms, past the first deadline").isTrue();
    }

    @Test
    void theNextRequestOnTheSameConnectionGetsAFreshDeadline() {
        EmbeddedChannel channel = connect();
        elapse(channel, 30);
        send(channel, REQUEST);
        elapse(channel, 40);
        send(channel, REQUEST);
        assertThat(responses(channel)).hasSize(2).allSatisfy(r -> assertThat(r).startsWith("HTTP/1.1 200 OK"));
        elapse(channel, 49);
        assertThat(channel.isOpen()).as("49 ms after the second request").isTrue();
        elapse(channel, 1);
        assertThat(channel.isOpen()).as("50 ms after the second request, nothing more came").isFalse();
    }

    @Test
    void aStartedButUnfinishedNextRequestIsCutFiftyMillisecondsAfterThePreviousOne() {
        EmbeddedChannel channel = connect();
        elapse(channel, 30);
        send(channel, REQUEST);
        elapse(channel, 20);
        send(channel, PARTIAL);
        elapse(channel, 29);
        assertThat(channel.isOpen()).isTrue();
        elapse(channel, 1);
        assertThat(channel.isOpen()).isFalse();
        assertThat(responses(channel)).hasSize(1);
    }

    /** The same rules on the hall's real pipeline, as built by {@link HallChannelInitializer} (15 s deadline). */
    @Nested
    class InTheHallPipeline {
        private final Database db = Database.openInMemory();
        private final HallServices services = HallServices.create(db, TestHall.scratchFiles(), TestHall.settings(),
                Clock.systemUTC(),
                HallExecutors.sameThread());
        private final TabletSockets sockets = new TabletSockets(services.events(), services.presence());
        private final HallChannelInitializer initializer = new HallChannelInitializer(services,
                ServerOptions.loopback(), sockets, Set.of());

        @AfterEach
        void stop() {
            sockets.close();
            services.close();
            db.close();
        }

        private EmbeddedChannel connect() {
            EmbeddedChannel channel = new EmbeddedSocketChannel(EmbeddedSocketChannel.address("10.0.0.31", 50_123),
                    ticker, initializer);
            channels.add(channel);
            return channel;
        }

        @Test
        void aDrippedRequestIsCutAtFifteenSeconds() {
            EmbeddedChannel channel = connect();
            for (char c : PARTIAL.toCharArray()) {
                send(channel, String.valueOf(c));
                elapse(channel, 300);
            }
            assertThat(channel.isOpen()).as("after %d ms", PARTIAL.length() * 300).isTrue();
            elapse(channel, HallChannelInitializer.REQUEST_DEADLINE_MILLIS - PARTIAL.length() * 300L);
            assertThat(channel.isOpen()).isFalse();
            assertThat(responses(channel)).isEmpty();
        }
        @Test
        void aKeptAliveTabletIsNotCutWhileItKeepsMakingRequests() {
            EmbeddedChannel channel = connect();
            elapse(channel, 10_000);
            send(channel, REQUEST);
            assertThat(responses(channel)).singleElement().asString().startsWith("HTTP/1.1 200 OK");
            elapse(channel, 6_000);
            assertThat(channel.isOpen()).as("16 s after connecting, 6 s after a complete request").isTrue();
            send(channel, REQUEST);
            assertThat(responses(channel)).singleElement().asString().startsWith("HTTP/1.1 200 OK");
        }
    }

    private void elapse(EmbeddedChannel channel, long millis) {
        ticker.advance(millis, MILLISECONDS);
        channel.runScheduledPendingTasks();
        channel.runPendingTasks();
    }

    private static void send(EmbeddedChannel channel, String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
    }

    /** Everything the server wrote back, one string per write, buffers released. */
    private static List<String> responses(EmbeddedChannel channel) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Object written; (written = channel.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) written;
            try {
                String text = buf.toString(StandardCharsets.UTF_8);
                if (text.startsWith("HTTP/1.1 ") && !current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                current.append(text);
            } finally {
                buf.release();
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
