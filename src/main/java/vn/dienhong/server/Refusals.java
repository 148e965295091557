package vn.dienhong.server;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import vn.dienhong.logic.RequestRefused;

/** Turns the use cases' refusals (Vietnamese messages for the person who asked) into HTTP answers. */
final class Refusals {
    private Refusals() {
    }

    /** Waits for the session engine and turns its refusals into HTTP answers. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RequestRefused r) {
                throw refusal(r);
            }
            throw e;
        }
    }

    /** Runs a blocking read and turns its refusal into an HTTP answer. */
    static <T> T sync(Supplier<T> read) {
        try {
            return read.get();
        } catch (RequestRefused r) {
            throw refusal(r);
        }
    }

    private static ApiException refusal(RequestRefused r) {
        return new ApiException(switch (r.problem()) {
            case INVALID -> HttpResponseStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
            case WRONG_STATE -> HttpResponseStatus.CONFLICT;
            case FORBIDDEN -> HttpResponseStatus.FORBIDDEN;
            case TOO_LONG -> HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED -> HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpResponseStatus.UNPROCESSABLE_ENTITY;
        }, r.code(), r.getMessage());
    }
}
