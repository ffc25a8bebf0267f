package io.sfmcjourney.simulator.api;

import io.sfmcjourney.simulator.auth.TokenService;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.PathCodec;
import io.sfmcjourney.simulator.server.RouteTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /v2/token}: client-credentials grant with a JSON (or form-encoded) body. */
final class TokenEndpoint {

    static final String METHOD = "token";

    private final TokenService tokens;

    TokenEndpoint(TokenService tokens) {
        this.tokens = tokens;
    }

    void register(RouteTable routes) {
        routes.add(METHOD, "POST", "/v2/token", this::token);
    }

    private ApiResponse token(ApiRequest request) {
        String contentType = request.header("content-type");
        Map<String, String> params;
        if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            params = new HashMap<>();
            for (Map.Entry<String, List<String>> entry : PathCodec.query(request.body()).entrySet()) {
                params.put(entry.getKey(), entry.getValue().get(0));
            }
        } else {
            try {
                params = TokenService.paramsFromJson(request.json());
            } catch (ApiException e) {
                if (e.response().status() == 400 && e.response().json().has("errorcode")) {
                    throw TokenService.oauthError(400, "invalid_request", "The request body is not valid JSON.");
                }
                throw e;
            }
        }
        return tokens.issue(params);
    }
}
