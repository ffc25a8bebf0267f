package io.sfmcjourney.camel.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.camel.auth.TokenStats;
import io.sfmcjourney.camel.metrics.SfmcMeterFigure;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code sfmc-journey} dev console: per token manager the client id, account id, auth URL, when the cached token
 * is valid until, the last refresh, the number of token requests and the last error; per endpoint the method and the
 * REST base URL; the component's meters ({@code sfmc.journey.*}) with their current values when metrics are recorded.
 * Never shows a token or a client secret.
 */
@DevConsole(name = "sfmc-journey", displayName = "SFMC Journey Builder",
            description = "Token state and REST base URLs of the sfmc-journey component")
public class SfmcJourneyDevConsole extends AbstractDevConsole {

    private static final String SCHEME = "sfmc-journey";

    public SfmcJourneyDevConsole() {
        super("camel", SCHEME, "SFMC Journey Builder", "Token state and REST base URLs of the sfmc-journey component");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (SfmcTokenManager manager : tokenManagers()) {
            SfmcCredentials credentials = manager.credentials();
            TokenStats stats = manager.stats();
            text.append("Token manager:\n")
                    .append("    Client id: ").append(credentials.clientId()).append('\n')
                    .append("    Account id: ").append(orDash(credentials.accountId())).append('\n')
                    .append("    Auth URL: ").append(credentials.authUrl()).append('\n')
                    .append("    Token valid until: ").append(orDash(stats.validUntil())).append('\n')
                    .append("    Last refresh: ").append(orDash(stats.lastRefresh())).append('\n')
                    .append("    Token requests: ").append(stats.tokenRequests())
                    .append(" (failed: ").append(stats.failedTokenRequests()).append(")\n")
                    .append("    Last error: ").append(orDash(stats.lastError()));
            if (stats.lastErrorAt() != null) {
                text.append(" at ").append(stats.lastErrorAt());
            }
            text.append("\n\n");
        }
        for (SfmcJourneyEndpoint endpoint : endpoints()) {
            text.append("Endpoint: ").append(endpoint.getEndpointUri()).append('\n')
                    .append("    Method: ").append(endpoint.getMethod()).append('\n')
                    .append("    REST base URL: ").append(orDash(endpoint.restBaseUrl())).append("\n\n");
        }
        List<SfmcMeterFigure> figures = meterFigures();
        if (!figures.isEmpty()) {
            text.append("Meters:\n");
            figures.forEach(figure -> text.append("    ").append(figure.name()).append(figure.tags())
                    .append(' ').append(figure.values()).append('\n'));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray managers = new JsonArray();
        for (SfmcTokenManager manager : tokenManagers()) {
            SfmcCredentials credentials = manager.credentials();
            TokenStats stats = manager.stats();
            JsonObject json = new JsonObject();
            json.put("clientId", credentials.clientId());
            putIfPresent(json, "accountId", credentials.accountId());
            json.put("authUrl", credentials.authUrl());
            putIfPresent(json, "tokenValidUntil", stats.validUntil());
            putIfPresent(json, "lastRefresh", stats.lastRefresh());
            json.put("tokenRequests", stats.tokenRequests());
            json.put("failedTokenRequests", stats.failedTokenRequests());
            putIfPresent(json, "lastError", stats.lastError());
            putIfPresent(json, "lastErrorAt", stats.lastErrorAt());
            managers.add(json);
        }
        JsonArray endpoints = new JsonArray();
        for (SfmcJourneyEndpoint endpoint : endpoints()) {
            JsonObject json = new JsonObject();
            json.put("uri", endpoint.getEndpointUri());
            json.put("method", endpoint.getMethod().name());
            putIfPresent(json, "restBaseUrl", endpoint.restBaseUrl());
            endpoints.add(json);
        }
        JsonArray meters = new JsonArray();
        for (SfmcMeterFigure figure : meterFigures()) {
            JsonObject json = new JsonObject();
            json.put("name", figure.name());
            json.put("tags", new JsonObject(figure.tags()));
            JsonObject values = new JsonObject();
            figure.values().forEach((statistic, value) -> values.put(statistic, value.isNaN() ? null : value));
            json.put("values", values);
            meters.add(json);
        }
        JsonObject root = new JsonObject();
        root.put("tokenManagers", managers);
        root.put("endpoints", endpoints);
        root.put("meters", meters);
        return root;
    }

    private List<SfmcTokenManager> tokenManagers() {
        if (getCamelContext().hasComponent(SCHEME) instanceof SfmcJourneyComponent component) {
            return List.copyOf(component.tokenManagers());
        }
        return List.of();
    }

    /** The component's meters as recorded (empty without Micrometer, without a MeterRegistry or with metrics off). */
    private List<SfmcMeterFigure> meterFigures() {
        if (getCamelContext().hasComponent(SCHEME) instanceof SfmcJourneyComponent component) {
            return component.getMetrics().figures();
        }
        return List.of();
    }

    private List<SfmcJourneyEndpoint> endpoints() {
        List<SfmcJourneyEndpoint> endpoints = new ArrayList<>();
        getCamelContext().getEndpoints().forEach(endpoint -> {
            if (endpoint instanceof SfmcJourneyEndpoint sfmc) {
                endpoints.add(sfmc);
            }
        });
        return endpoints;
    }

    private static void putIfPresent(JsonObject json, String name, Object value) {
        if (value != null) {
            json.put(name, value instanceof Instant ? value.toString() : value);
        }
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
