package io.sfmcjourney.camel.client;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** Builds the component's one pooled Apache HttpClient 5 from {@link SfmcHttpSettings}. */
public final class SfmcHttpClientFactory {

    private SfmcHttpClientFactory() {
    }

    /** A new pooled client; the caller closes it. */
    public static CloseableHttpClient create(SfmcHttpSettings settings) {
        throw new UnsupportedOperationException("TODO: being implemented");
    }
}
