package io.sfmcjourney.camel.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The component's registry of token managers: one {@link SfmcTokenManager} per (authUrl, clientId, accountId, scope),
 * so all endpoints using the same credentials share one cached token. The scope is part of the key because a token
 * requested for other scopes is a different token. Thread-safe.
 */
public final class SfmcTokenManagers {

    private final CloseableHttpClient http;
    private final Duration refreshMargin;
    private final Clock clock;
    private final ConcurrentMap<Key, SfmcTokenManager> managers = new ConcurrentHashMap<>();

    /**
     * @param http          the pooled client for token requests (not closed by this class)
     * @param refreshMargin how long before expiry tokens are renewed
     */
    public SfmcTokenManagers(CloseableHttpClient http, Duration refreshMargin) {
        this(http, refreshMargin, Clock.systemUTC());
    }

    /** As the other constructor, with the clock deciding token expiry (for tests). */
    public SfmcTokenManagers(CloseableHttpClient http, Duration refreshMargin, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.refreshMargin = refreshMargin;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The manager of these credentials, created on first use.
     *
     * @throws IllegalArgumentException when the credentials are invalid (see {@link SfmcTokenManager}), or when the
     *                                  same key is already registered with a different client secret
     */
    public SfmcTokenManager forCredentials(SfmcCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        Key key = new Key(credentials.authUrl(), credentials.clientId(), credentials.accountId(), credentials.scope());
        SfmcTokenManager manager = managers.computeIfAbsent(key,
                k -> new SfmcTokenManager(http, credentials, refreshMargin, clock));
        if (!Objects.equals(manager.credentials().clientSecret(), credentials.clientSecret())) {
            throw new IllegalArgumentException("clientId " + credentials.clientId() + " at " + credentials.authUrl()
                                               + " is already in use with a different clientSecret");
        }
        return manager;
    }

    /** All managers created so far, e.g. for a dev console. */
    public Collection<SfmcTokenManager> managers() {
        return List.copyOf(managers.values());
    }

    /** Registry key; holds no secret. */
    private record Key(String authUrl, String clientId, String accountId, String scope) {
    }
}
