package vn.dienhong.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that has not delivered a whole request within a fixed time: idle timers
 * alone let a client dripping one byte a second hold a connection for ever. Armed when the
 * connection opens and again after each answer (never while the server is still answering);
 * removed when the connection becomes a WebSocket.
 */
final class RequestDeadlineHandler extends ChannelDuplexHandler {
    private final long deadlineMillis;
    private ScheduledFuture<?> deadline;

    RequestDeadlineHandler(long deadlineMillis) {
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            arm(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        arm(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof LastHttpContent) {
            // the whole request is in: no deadline while the server works on the answer
            cancel();
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            // the answer is out: the next request on a kept-alive connection gets its own deadline
            promise = promise.unvoid();
            promise.addListener(written -> {
                if (written.isSuccess() && ctx.channel().isActive() && !ctx.isRemoved()) {
                    arm(ctx);
                }
            });
        }
        ctx.write(msg, promise);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancel();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    private void arm(ChannelHandlerContext ctx) {
        cancel();
        deadline = ctx.executor().schedule(() -> {
            ctx.close();
        }, deadlineMillis, TimeUnit.MILLISECONDS);
    }

    private void cancel() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
