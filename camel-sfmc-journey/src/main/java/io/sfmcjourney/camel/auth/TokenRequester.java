package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.time.Instant;

import io.sfmcjourney.camel.SfmcJourneyApiException;

/** Makes one token request; {@link TokenEndpoint} in production, a script in tests. */
@FunctionalInterface
interface TokenRequester {

    /**
     * @param  requestedAt             the time the request is made; {@code expires_in} counts from it
     * @throws SfmcJourneyApiException when the endpoint answers non-2xx
     * @throws IOException             on transport failures or an unusable 2xx answer
     */
    AccessToken request(Instant requestedAt) throws IOException, SfmcJourneyApiException;
}
