package vn.dienhong.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.DocumentFile;
import vn.dienhong.logic.HallExecutors;

/**
 * Runs one API call on the worker pool and writes its answer back: JSON, or a document file
 * streamed from disk; shared by ordinary calls and document uploads.
 */
final class ApiCalls {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCalls.class);
    private final ApiRouter router;
    private final HallExecutors executors;

    ApiCalls(ApiRouter router, HallExecutors executors) {
        this.router = router;
        this.executors = executors;
    }

    /** Answers {@code api}; {@code finished} runs once the answer is on its way (or the call was refused). */
    void run(ChannelHandlerContext ctx, ApiRequest api, boolean keepAlive, Runnable finished) {
        try {
            executors.work(() -> router.handle(api)).thenCompose(answer -> answer).whenComplete((response, failure) -> {
                try {
                    answer(ctx, api, keepAlive, response, failure);
                } finally {
                    finished.run();
                }
            });
        } catch (RejectedExecutionException busy) {
            finished.run();
            HttpResponses.send(ctx, false, HttpResponses.error(new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "busy", "Máy chủ đang bận. Máy tính bảng sẽ tự thử lại sau giây lát.")));
        }
    }

    private static void answer(ChannelHandlerContext ctx, ApiRequest api, boolean keepAlive, ApiResponse response,
                               Throwable failure) {
        if (failure == null && response.body() instanceof DocumentFile file) {
            FileResponses.send(ctx, keepAlive, api.headers().get(HttpHeaderNames.RANGE), file);
            return;
        }
        ApiResponse answer = response;
        if (failure != null) {
            LOG.error("API call {} {} failed", api.method(), api.path(), failure);
            answer = ApiResponse.error(new ApiException(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "internal_error", "Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại hoặc báo kỹ thuật viên."));
        }
        HttpResponses.send(ctx, keepAlive, HttpResponses.json(answer));
    }
}
