package io.sfmcjourney.simulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Installed packages (client id, secret, MIDs) and the access tokens issued to them. */
public final class TokenService {

    /** Scopes granted when a request names none. */
    public static final String ALL_SCOPES = "offline journeys_read journeys_write journeys_execute journeys_delete"
            + " journeys_aspr automations_read automations_execute data_extensions_read data_extensions_write"
            + " list_and_subscribers_read email_read email_send";

    private static final Set<String> KNOWN_SCOPES = Set.of(ALL_SCOPES.split(" "));
    private static final int PRUNE_THRESHOLD = 10_000;
    private static final int MAX_TOKENS = 100_000;

    private final Map<String, RegisteredClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Supplier<String> restUrl;
    private final Supplier<String> soapUrl;
    private final BiConsumer<String, String> onIssued;

    /** A valid token's owner. */
    public record Grant(String clientId, String accountId, String scope, long expiresAtMillis) {

        boolean expired(long now) {
            return now >= expiresAtMillis;
        }

        /** Whether the token was granted {@code needed}. */
        public boolean hasScope(String needed) {
            return scope != null && Set.of(scope.split(" ")).contains(needed);
        }

        Grant expire() {
            return new Grant(clientId, accountId, scope, Long.MIN_VALUE);
        }
    }

    private record RegisteredClient(String secret, List<String> accountIds, Set<String> scopes) {
    }

    public TokenService(Duration lifetime, Supplier<String> restUrl, Supplier<String> soapUrl,
            BiConsumer<String, String> onIssued) {
        this.lifetime = lifetime;
        this.restUrl = restUrl;
        this.soapUrl = soapUrl;
        this.onIssued = onIssued;
    }

    /** Registers a client for one more account id; the first account registered is the client's default. */
    public synchronized void register(String clientId, String clientSecret, String accountId) {
        RegisteredClient existing = clients.get(clientId);
        List<String> accounts = new ArrayList<>(existing == null ? List.of() : existing.accountIds());
        if (!accounts.contains(accountId)) {
            accounts.add(accountId);
        }
        Set<String> scopes = existing == null ? KNOWN_SCOPES : existing.scopes();
        clients.put(clientId, new RegisteredClient(clientSecret, List.copyOf(accounts), scopes));
    }

    /**
     * Limits the scopes of a registered client's package (default: every known scope). A token request without
     * {@code scope} gets exactly these; one asking for more gets only those the package has.
     *
     * @throws IllegalArgumentException for an unregistered client or an unknown scope
     */
    public synchronized void packageScopes(String clientId, String scopes) {
        RegisteredClient existing = clients.get(clientId);
        if (existing == null) {
            throw new IllegalArgumentException("client " + clientId + " is not registered");
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : scopes.trim().split("\\s+")) {
            if (!scope.isEmpty() && !KNOWN_SCOPES.contains(scope)) {
                throw new IllegalArgumentException("unknown scope " + scope);
            }
            if (!scope.isEmpty()) {
                granted.add(scope);
            }
        }
        clients.put(clientId, new RegisteredClient(existing.secret(), existing.accountIds(), Set.copyOf(granted)));
    }

    /** {@code expires_in}: lifetime minus 121 s for lifetimes of 10 min or more (1200 s gives 1079), else the lifetime. */
    public long expiresInSeconds() {
        long seconds = lifetime.toSeconds();
        return lifetime.compareTo(Duration.ofMinutes(10)) >= 0 ? seconds - 121 : Math.max(seconds, 0);
    }

    /** Handles a token request's parameters (from JSON or a form). */
    public ApiResponse issue(Map<String, String> params) {
        String grantType = params.get("grant_type");
        String clientId = params.get("client_id");
        String secret = params.get("client_secret");
        if (Json.isBlank(grantType) || Json.isBlank(clientId) || Json.isBlank(secret)) {
            throw oauthError(400, "invalid_request",
                    "The request is missing a required parameter: grant_type, client_id and client_secret.");
        }
        if (!"client_credentials".equals(grantType)) {
            throw oauthError(400, "unsupported_grant_type", "Use the client_credentials grant type.");
        }
        RegisteredClient client = clients.get(clientId);
        if (client == null || !client.secret().equals(secret)) {
            throw oauthError(401, "invalid_client", "Client authentication failed. Make sure that the client ID and"
                    + " client secret are valid and that the package is installed and enabled.");
        }
        String accountId = params.get("account_id");
        if (Json.isBlank(accountId)) {
            accountId = client.accountIds().get(0);
        } else if (!client.accountIds().contains(accountId.trim())) {
            throw oauthError(400, "invalid_grant", "The account_id is not associated with this client.");
        }
        String scope = grantedScope(params.get("scope"), client.scopes());
        String token = newToken();
        pruneIfLarge();
        tokens.put(token, new Grant(clientId, accountId.trim(), scope,
                System.currentTimeMillis() + lifetime.toMillis()));
        onIssued.accept(clientId, accountId.trim());
        ObjectNode body = Json.object();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", expiresInSeconds());
        body.put("scope", scope);
        body.put("soap_instance_url", soapUrl.get());
        body.put("rest_instance_url", restUrl.get());
        return ApiResponse.json(200, body);
    }

    /** The grant behind a valid, unexpired, unrevoked token, or {@code null}. */
    public Grant authenticate(String token) {
        if (token == null) {
            return null;
        }
        Grant grant = tokens.get(token);
        return grant == null || grant.expired(System.currentTimeMillis()) ? null : grant;
    }

    /** Every issued token stops working as if its lifetime had passed. */
    public void expireAll() {
        tokens.replaceAll((token, grant) -> grant.expire());
    }

    /** Every issued token is forgotten. */
    public void revokeAll() {
        tokens.clear();
    }

    /** Reads token request parameters from a JSON body; {@code account_id} may be a string or a number. */
    public static Map<String, String> paramsFromJson(JsonNode body) {
        if (!body.isObject()) {
            throw oauthError(400, "invalid_request", "The request body must be a JSON object.");
        }
        Map<String, String> params = new ConcurrentHashMap<>();
        body.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                params.put(field.getKey(), value.asText());
            }
        });
        return params;
    }

    /** The requested scopes the package has (all of the package's when none is requested), in the canonical order. */
    private static String grantedScope(String requested, Set<String> packageScopes) {
        Set<String> wanted = new LinkedHashSet<>();
        if (requested == null) {
            wanted.addAll(packageScopes);
        } else {
            for (String scope : requested.trim().split("\\s+")) {
                if (scope.isEmpty()) {
                    continue;
                }
                if (!KNOWN_SCOPES.contains(scope)) {
                    throw oauthError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
                }
                wanted.add(scope);
            }
        }
        List<String> granted = new ArrayList<>();
        for (String scope : ALL_SCOPES.split(" ")) {
            if (wanted.contains(scope) && packageScopes.contains(scope)) {
                granted.add(scope);
            }
        }
        return String.join(" ", granted);
    }

    private String newToken() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Drops expired tokens once there are many; beyond {@value #MAX_TOKENS} live ones, the oldest half goes too. */
    private void pruneIfLarge() {
        if (tokens.size() <= PRUNE_THRESHOLD) {
            return;
        }
        long now = System.currentTimeMillis();
        tokens.values().removeIf(grant -> grant.expired(now));
        if (tokens.size() > MAX_TOKENS) {
            long[] expiries = tokens.values().stream().mapToLong(Grant::expiresAtMillis).sorted().toArray();
            long cutoff = expiries[expiries.length / 2];
            tokens.values().removeIf(grant -> grant.expiresAtMillis() < cutoff);
        }
    }

    /** An OAuth error answer {@code {error, error_description, error_uri}}. */
    public static ApiException oauthError(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", description);
        body.put("error_uri", "https://developer.salesforce.com/docs");
        return new ApiException(ApiResponse.json(status, body));
    }
}
