package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.time.Duration;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Caches the token of one (auth URL, clientId, accountId) and renews it before it expires. However many threads ask,
 * at most one token request is in flight.
 */
public final class SfmcTokenManager {

    /**
     * @param http          the pooled client used for token requests
     * @param credentials   the credentials
     * @param refreshMargin how long before expiry a token is renewed proactively
     */
    public SfmcTokenManager(CloseableHttpClient http, SfmcCredentials credentials, Duration refreshMargin) {
        throw new UnsupportedOperationException("TODO: being implemented");
    }

    /** The cached token, fetching a new one when there is none or it is about to expire. */
    public AccessToken token() throws IOException, SfmcJourneyApiException {
        throw new UnsupportedOperationException("TODO: being implemented");
    }

    /**
     * Called after the API rejected {@code rejected} with 401: fetches a new token only if {@code rejected} is still
     * the cached one; otherwise returns the newer cached token.
     */
    public AccessToken renewAfterRejection(AccessToken rejected) throws IOException, SfmcJourneyApiException {
        throw new UnsupportedOperationException("TODO: being implemented");
    }

    /** The credentials this manager serves (secret masked in toString). */
    public SfmcCredentials credentials() {
        throw new UnsupportedOperationException("TODO: being implemented");
    }
}
