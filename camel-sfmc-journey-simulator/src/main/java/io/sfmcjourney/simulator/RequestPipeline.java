package io.sfmcjourney.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.sfmcjourney.simulator.api.ApiRoutes;
import io.sfmcjourney.simulator.auth.MethodScopes;
import io.sfmcjourney.simulator.auth.TokenService;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.PathCodec;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.state.AccountRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one HTTP handler: reads the request, checks the bearer token (before routing, so unknown paths and wrong verbs
 * answer 401 without a valid token, unless {@link Quirks#routeBeforeAuthentication()}), routes it, checks the method's
 * scope, applies faults, runs the endpoint, writes the answer and records the request in the journal.
 */
final class RequestPipeline implements HttpHandler {

    private static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    private static final String REDACTED = "[redacted]";

    private final RouteTable routes;
    private final TokenService tokens;
    private final AccountRegistry accounts;
    private final Faults faults;
    private final Journal journal;
    private final Counters counters;
    private final Quirks quirks;
    private final Set<HttpExchange> stalled = ConcurrentHashMap.newKeySet();

    RequestPipeline(RouteTable routes, TokenService tokens, AccountRegistry accounts, Faults faults, Journal journal,
            Counters counters, Quirks quirks) {
        this.quirks = quirks;
        this.routes = routes;
        this.tokens = tokens;
        this.accounts = accounts;
        this.faults = faults;
        this.journal = journal;
        this.counters = counters;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Instant arrived = Instant.now();
        URI uri = exchange.getRequestURI();
        String verb = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, String> headers = headers(exchange.getRequestHeaders());
        Call call = new Call(verb, uri.getRawPath(), uri.getRawQuery(), headers, arrived);
        try {
            call.body = readBody(exchange.getRequestBody());
            ApiResponse response = process(call);
            call.status = response == null ? 0 : response.status();
            journal.record(call.record());
            if (response != null) {
                send(exchange, response);
            } else if (call.stalled) {
                stalled.add(exchange);
            } else {
                exchange.close();
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }

    /** The answer, or {@code null} when the connection was dropped or stalled on purpose. */
    private ApiResponse process(Call call) {
        ApiResponse response;
        try {
            if (call.body == null) {
                throw ApiException.of(413, 10000, "The request body is too large.");
            }
            call.query = PathCodec.query(call.rawQuery);
            RouteTable.Match match = routes.find(call.verb, PathCodec.segments(call.rawPath));
            boolean publicMethod = match.found() && ApiRoutes.PUBLIC_METHODS.contains(match.route().method());
            if (match.found()) {
                call.method = match.route().method();
            }
            counters.call(call.method);
            TokenService.Grant grant = null;
            if (!publicMethod && (match.found() || !quirks.routeBeforeAuthentication())) {
                grant = authenticate(call);
            }
            if (!match.found()) {
                throw match.wrongVerb()
                        ? ApiException.of(400, 30001, "The HTTP method " + call.verb + " is not supported by this resource.")
                        : ApiException.routeNotFound();
            }
            ApiRequest request = new ApiRequest(call.verb, call.query, call.headers, call.body);
            request.pathVariables(match.variables());
            prepare(call, request, grant);
            FaultPlan plan = faults.decide(call.method);
            String limited = grant != null && !"token".equals(call.method) ? grant.accountId() : null;
            if (limited != null && !faults.concurrency().tryEnter(limited)) {
                pause(plan);
                throw ApiException.of(429, 50200, "Too many concurrent requests for this business unit.");
            }
            try {
                response = processAdmitted(call, match, request, plan);
            } finally {
                if (limited != null) {
                    faults.concurrency().exit(limited);
                }
            }
        } catch (ApiException e) {
            response = e.response();
        } catch (RuntimeException e) {
            response = ApiResponse.json(500, ApiException.envelope(
                    "There was a problem processing your request, please try again or contact support", 500, ""));
        }
        return response;
    }

    /** Applies the fault plan and runs the endpoint; the answer, or {@code null} when dropped or stalled on purpose. */
    private ApiResponse processAdmitted(Call call, RouteTable.Match match, ApiRequest request, FaultPlan plan) {
        pause(plan);
        switch (plan.kind()) {
            case FAIL -> {
                return plan.failure();
            }
            case RESET_BEFORE -> {
                call.dropped = true;
                return null;
            }
            case STALL -> {
                call.stalled = true;
                return null;
            }
            default -> {
                // processed below
            }
        }
        ApiResponse response = match.route().endpoint().handle(request);
        if (plan.kind() == FaultPlan.Kind.RESET_AFTER) {
            call.dropped = true;
            return null;
        }
        if (plan.kind() == FaultPlan.Kind.FAIL_AFTER) {
            return plan.failure();
        }
        return response;
    }

    /** The grant of the request's bearer token; 401 without a valid one (checked before routing unless a quirk says otherwise). */
    private TokenService.Grant authenticate(Call call) {
        if (call.query.containsKey("access_token")) {
            throw ApiException.of(401, 40004, "Access token was passed in the URL; send it in the Authorization header.");
        }
        TokenService.Grant grant = tokens.authenticate(bearer(call.headers.get("authorization")));
        if (grant == null) {
            throw ApiException.of(401, 0, "Not Authorized");
        }
        return grant;
    }

    /** Counts token requests; checks the method's scope and resolves the caller's account for non-public methods. */
    private void prepare(Call call, ApiRequest request, TokenService.Grant grant) {
        if ("token".equals(call.method)) {
            counters.tokenRequest();
            return;
        }
        if (grant == null) {
            return;
        }
        String needed = switch (quirks.scopeCheck()) {
            case PER_ACTION -> MethodScopes.of(call.method);
            case JOURNEYS_READ -> MethodScopes.READ;
            case OFF -> null;
        };
        if (needed != null && !grant.hasScope(needed)) {
            throw ApiException.of(403, 20002, "Insufficient privileges to complete this action.");
        }
        request.account(accounts.account(grant.accountId()));
        String contentType = call.headers.get("content-type");
        if (request.hasBody() && contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw ApiException.of(415, 415, "Unsupported Media Type");
        }
    }

    private static void pause(FaultPlan plan) {
        if (!plan.latency().isZero()) {
            try {
                Thread.sleep(plan.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes every stalled exchange (their connections end without an answer). */
    void releaseStalled() {
        for (HttpExchange exchange : stalled) {
            stalled.remove(exchange);
            exchange.close();
        }
    }

    private void send(HttpExchange exchange, ApiResponse response) throws IOException {
        Headers responseHeaders = exchange.getResponseHeaders();
        byte[] bytes = response.bodyBytes();
        if (response.contentType() != null) {
            responseHeaders.set("Content-Type", response.contentType());
        }
        response.headers().forEach(responseHeaders::set);
        int status = response.status();
        if (response.stream() != null) {
            exchange.sendResponseHeaders(status, 0);
            try (OutputStream out = new CountingOutputStream(exchange.getResponseBody(), counters)) {
                response.stream().write(out);
            }
            exchange.close();
            return;
        }
        if (bytes.length == 0 || status == 304 || status == 204) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static String readBody(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        boolean tooLarge = false;
        while ((read = in.read(buffer)) >= 0) {
            if (bytes.size() + read > MAX_BODY_BYTES) {
                tooLarge = true;
            } else {
                bytes.write(buffer, 0, read);
            }
        }
        return tooLarge ? null : bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(Headers raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        raw.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        return headers;
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    /** Per-request facts gathered for the journal. */
    private final class Call {
        private final String verb;
        private final String rawPath;
        private final String rawQuery;
        private final Map<String, String> headers;
        private final Instant arrived;
        private String method = "unknown";
        private Map<String, List<String>> query = Map.of();
        private String body = "";
        private int status;
        private boolean dropped;
        private boolean stalled;

        Call(String verb, String rawPath, String rawQuery, Map<String, String> headers, Instant arrived) {
            this.verb = verb;
            this.rawPath = rawPath;
            this.rawQuery = rawQuery;
            this.headers = headers;
            this.arrived = arrived;
        }

        RecordedRequest record() {
            Map<String, String> safeHeaders = new LinkedHashMap<>(headers);
            safeHeaders.computeIfPresent("authorization", (name, value) ->
                    value.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer " + REDACTED : REDACTED);
            Map<String, List<String>> safeQuery = new LinkedHashMap<>(query);
            safeQuery.replaceAll((name, values) -> name.equalsIgnoreCase("access_token") ? List.of(REDACTED) : values);
            String safeRawQuery = rawQuery == null ? null
                    : rawQuery.replaceAll("(?i)(access_token=)[^&]*", "$1" + REDACTED);
            return new RecordedRequest(method, verb, rawPath, safeRawQuery, safeQuery, Map.copyOf(safeHeaders),
                    "token".equals(method) ? redactSecret(body) : (body == null ? "" : body), status, arrived);
        }
    }

    /** Hides client_secret in a token request body (JSON or form). */
    static String redactSecret(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node instanceof ObjectNode object && object.has("client_secret")) {
                object.put("client_secret", REDACTED);
                return object.toString();
            }
            if (node != null && node.isContainerNode()) {
                return body;
            }
        } catch (IOException | RuntimeException notJson) {
            // form-encoded or garbage: fall through
        }
        return body.replaceAll("client_secret=[^&]*", "client_secret=" + REDACTED);
    }
}
