package io.sfmcjourney.camel.auth;

import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** The component's registry of token managers: one per (auth URL, clientId, accountId, scope). Thread-safe. */
public final class SfmcTokenManagers {

    /**
     * @param http          the pooled client used for token requests
     * @param refreshMargin how long before expiry tokens are renewed
     */
    public SfmcTokenManagers(CloseableHttpClient http, Duration refreshMargin) {
        throw new UnsupportedOperationException("TODO: being implemented");
    }

    /** The manager of these credentials, created on first use. */
    public SfmcTokenManager forCredentials(SfmcCredentials credentials) {
        throw new UnsupportedOperationException("TODO: being implemented");
    }
}
