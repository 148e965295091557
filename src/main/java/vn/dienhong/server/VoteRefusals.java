package vn.dienhong.server;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import vn.dienhong.logic.RequestRefused;
import vn.dienhong.logic.VoteException;

/** Turns the vote engine's refusals (Vietnamese messages for the operator or delegate) into HTTP answers. */
final class VoteRefusals {
    private VoteRefusals() {
    }

    /** Waits for the session engine and turns its refusals into HTTP answers. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof VoteException v) {
                throw refusal(v);
            }
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
        } catch (VoteException v) {
            throw refusal(v);
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
        }, r.problem().name().toLowerCase(Locale.ROOT), r.getMessage());
    }

    private static ApiException refusal(VoteException v) {
        return new ApiException(switch (v.problem()) {
            case INVALID -> HttpResponseStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
            case WRONG_STATE -> HttpResponseStatus.CONFLICT;
        }, "vote_" + v.problem().name().toLowerCase(Locale.ROOT), v.getMessage());
    }
}
