package vn.dienhong.server;

import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import vn.dienhong.logic.AuthService;
import vn.dienhong.model.Account;
import vn.dienhong.model.Role;

/**
 * Matches a call to its route and checks, before the handler runs, who is asking and whether
 * their role may: every route names its roles, and only login and health are open to anyone.
 */
final class ApiRouter {
    /** Roles allowed on a route; {@code PUBLIC} means no session is needed. */
    static final Set<Role> PUBLIC = Set.of();
    static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);

    private record Route(HttpMethod method, String[] segments, Set<Role> roles, boolean operatorOnly,
                         Function<ApiRequest, CompletableFuture<ApiResponse>> handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final AuthService auth;
    private final boolean operatorFromLan;

    ApiRouter(AuthService auth, boolean operatorFromLan) {
        this.auth = auth;
        this.operatorFromLan = operatorFromLan;
    }

    /** Adds a route; path segments written {name} are captured as path parameters. */
    ApiRouter add(HttpMethod method, String path, Set<Role> roles, Function<ApiRequest, ApiResponse> handler) {
        return addAsync(method, path, roles, request -> CompletableFuture.completedFuture(handler.apply(request)));
    }

    /**
     * Adds a route that answers later, without holding a worker thread while it waits (ballots wait
     * for their group commit; hundreds may be waiting at once).
     */
    ApiRouter addAsync(HttpMethod method, String path, Set<Role> roles,
                       Function<ApiRequest, CompletableFuture<ApiResponse>> handler) {
        routes.add(new Route(method, path.split("/"), roles, path.startsWith("/api/v1/operator/"), handler));
        return this;
    }

    /** Runs the matching route; its first part blocks (database, PIN checks), so call it on a worker thread. */
    CompletableFuture<ApiResponse> handle(ApiRequest request) {
        try {
            return dispatch(request).exceptionally(ApiRouter::refusal);
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(ApiResponse.error(e));
        }
    }

    /** Turns an ApiException thrown later (inside a future) into its answer; anything else stays a failure. */
    private static ApiResponse refusal(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ApiException e) {
            return ApiResponse.error(e);
        }
        throw failure instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(failure);
    }

    private CompletableFuture<ApiResponse> dispatch(ApiRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = match(route.segments(), request.path());
            if (params.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.method())) {
                continue;
            }
            if (route.operatorOnly() && !operatorFromLan && !request.fromLoopback()) {
                throw ApiException.forbidden();
            }
            Account caller = null;
            if (!route.roles().isEmpty()) {
                caller = ApiRequest.tokenOf(request.headers()).flatMap(auth::authenticate)
                        .orElseThrow(ApiException::unauthorized);
                if (!route.roles().contains(caller.role())) {
                    throw ApiException.forbidden();
                }
            }
            return route.handler().apply(request.withRoute(params.get(), caller));
        }
        if (pathKnown) {
            throw new ApiException(io.netty.handler.codec.http.HttpResponseStatus.METHOD_NOT_ALLOWED,
                    "method_not_allowed", "Phương thức này không được hỗ trợ cho địa chỉ yêu cầu.");
        }
        throw ApiException.notFound();
    }

    private static Optional<Map<String, String>> match(String[] pattern, String path) {
        String[] parts = path.split("/");
        if (parts.length != pattern.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (pattern[i].startsWith("{") && pattern[i].endsWith("}")) {
                params.put(pattern[i].substring(1, pattern[i].length() - 1), parts[i]);
            } else if (!pattern[i].equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
