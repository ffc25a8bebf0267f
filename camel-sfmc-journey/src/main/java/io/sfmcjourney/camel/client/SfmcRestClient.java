package io.sfmcjourney.camel.client;

import java.io.IOException;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Sends {@link SfmcRequest}s to the REST API: adds the bearer token, replays once after a 401 with a renewed token,
 * retries per {@link RetryPolicy}, and turns non-2xx answers (except 304) into {@link SfmcJourneyApiException}.
 */
public final class SfmcRestClient {

    /**
     * @param http            the component's pooled client (not closed by this class)
     * @param tokens          the token manager of the credentials in use
     * @param restUrlOverride the REST base URL to use instead of the token's {@code rest_instance_url}, or null
     * @param retryPolicy     how failures are retried
     */
    public SfmcRestClient(CloseableHttpClient http, SfmcTokenManager tokens, String restUrlOverride,
                          RetryPolicy retryPolicy) {
        throw new UnsupportedOperationException("TODO: being implemented");
    }

    /**
     * Executes the call.
     *
     * @throws SfmcJourneyApiException on a non-2xx answer (after retries), naming operation, verb and path
     * @throws IOException             on a transport failure that was not (or could not be) retried
     */
    public SfmcResponse execute(SfmcRequest request) throws IOException, SfmcJourneyApiException {
        throw new UnsupportedOperationException("TODO: being implemented");
    }
}
