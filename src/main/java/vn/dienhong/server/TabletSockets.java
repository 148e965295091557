package vn.dienhong.server;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import vn.dienhong.logic.DocumentViews;
import vn.dienhong.logic.EventHub;
import vn.dienhong.logic.TabletPresence;
import vn.dienhong.model.Account;
import vn.dienhong.model.HallEvent;

/**
 * Pushes every hall event to every connected tablet in sequence order; a tablet that reconnects
 * gets what it missed (or "resync"), and a tablet too slow to keep up is dropped so that it
 * reconnects and catches up, instead of the server queueing for it without bound.
 */
final class TabletSockets implements AutoCloseable {
    static final AttributeKey<Account> ACCOUNT = AttributeKey.valueOf("dienhong.account");
    private static final AttributeKey<String> TOKEN = AttributeKey.valueOf("dienhong.token");
    private static final AttributeKey<Long> LAST_SENT = AttributeKey.valueOf("dienhong.lastSent");
    private final ChannelGroup channels = new DefaultChannelGroup("tablets", GlobalEventExecutor.INSTANCE);
    private final EventHub events;
    private final TabletPresence presence;
    private final Runnable unsubscribe;

    TabletSockets(EventHub events, TabletPresence presence) {
        this.events = events;
        this.presence = presence;
        this.unsubscribe = events.subscribe(this::broadcast);
    }

    /** Registers a freshly upgraded socket opened with a session token; call on its event loop. */
    void join(Channel channel, Account account, String token, long since, String epoch) {
        channel.attr(ACCOUNT).set(account);
        channel.attr(TOKEN).set(token);
        channels.add(channel);
        presence.connected();
        channel.closeFuture().addListener(f -> presence.disconnected());
        // Joined first, then read the backlog: events published in between are queued behind this task
        // on the channel's loop and dropped there as already sent.
        long now = events.lastSeq();
        Map<String, Object> hello = message("hello", now, null, Map.of());
        hello.put("epoch", events.epoch());
        channel.write(frame(hello));
        Optional<List<HallEvent>> missed = events.epoch().equals(epoch) ? events.since(since) : Optional.empty();
        if (missed.isPresent()) {
            missed.get().stream().filter(e -> e.seq() <= now && mayHear(channel, e))
                    .forEach(e -> channel.write(frame(toMessage(e))));
        } else if (since > 0 || epoch != null) {
            channel.write(frame(message("resync", now, null, Map.of())));
        }
        channel.attr(LAST_SENT).set(now);
        channel.flush();
    }

    /** Closes the sockets opened with a session that has just ended, so no event reaches a logged-out tablet. */
    void closeSession(String token) {
        for (Channel channel : channels) {
            if (token.equals(channel.attr(TOKEN).get())) {
                channel.close();
            }
        }
    }

    int count() {
        return channels.size();
    }

    private void broadcast(HallEvent event) {
        String text = Json.text(toMessage(event));
        for (Channel channel : channels) {
            if (mayHear(channel, event)) {
                channel.eventLoop().execute(() -> deliver(channel, event.seq(), text));
            }
        }
    }

    /** A document event reaches only the tablets allowed to read the document; every other event reaches all. */
    private static boolean mayHear(Channel channel, HallEvent event) {
        Account account = channel.attr(ACCOUNT).get();
        return account != null && DocumentViews.mayHear(event, account, Instant.now());
    }

    private static void deliver(Channel channel, long seq, String text) {
        Long last = channel.attr(LAST_SENT).get();
        if (last == null || seq <= last || !channel.isActive()) {
            return;
        }
        if (!channel.isWritable()) {
            channel.close();
            return;
        }
        channel.attr(LAST_SENT).set(seq);
        channel.writeAndFlush(frame(text));
    }

    private static Map<String, Object> toMessage(HallEvent e) {
        return message(e.type(), e.seq(), e.at(), e.data());
    }

    private static Map<String, Object> message(String type, long seq, Object at, Map<String, Object> data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.put("seq", seq);
        out.put("at", at == null ? Instant.now() : at);
        out.put("data", data);
        return out;
    }

    private static TextWebSocketFrame frame(Object message) {
        return new TextWebSocketFrame(message instanceof String s ? s : Json.text(message));
    }

    @Override
    public void close() {
        unsubscribe.run();
        channels.close().awaitUninterruptibly();
    }
}
