package io.sfmcjourney.camel.client;

import java.time.Duration;

import javax.net.ssl.SSLContext;

import org.apache.camel.component.http.HttpClientConfigurer;

/**
 * Everything needed to build the component's pooled Apache HttpClient 5. Option names follow camel-http.
 *
 * @param connectTimeout           time to establish a connection
 * @param connectionRequestTimeout time to lease a connection from the pool
 * @param responseTimeout          socket/response timeout while waiting for data (camel-http's soTimeout/responseTimeout)
 * @param maxTotalConnections      pool size over all routes
 * @param connectionsPerRoute      pool size per host
 * @param connectionTimeToLive     maximum life of a pooled connection, null for unlimited
 * @param proxyHost                proxy host, or null
 * @param proxyPort                proxy port
 * @param proxyAuthUsername        proxy user, or null
 * @param proxyAuthPassword        proxy password, or null (never logged)
 * @param sslContext               the TLS context, or null for the JVM default
 * @param httpClientConfigurer     a hook that may change the builder last, or null
 * @param userAgent                the User-Agent header value
 * @param maxResponseSize          the largest response body accepted, in bytes; larger ones fail with a clear error
 * @param callTimeout              the longest time from sending a request to the last byte of its answer, or null
 *                                 for no limit (then only {@code responseTimeout} bounds each silence)
 */
public record SfmcHttpSettings(
        Duration connectTimeout,
        Duration connectionRequestTimeout,
        Duration responseTimeout,
        int maxTotalConnections,
        int connectionsPerRoute,
        Duration connectionTimeToLive,
        String proxyHost,
        int proxyPort,
        String proxyAuthUsername,
        String proxyAuthPassword,
        SSLContext sslContext,
        HttpClientConfigurer httpClientConfigurer,
        String userAgent,
        long maxResponseSize,
        Duration callTimeout) {

    /** Settings without a {@link #callTimeout()}. */
    public SfmcHttpSettings(Duration connectTimeout, Duration connectionRequestTimeout, Duration responseTimeout,
                            int maxTotalConnections, int connectionsPerRoute, Duration connectionTimeToLive,
                            String proxyHost, int proxyPort, String proxyAuthUsername, String proxyAuthPassword,
                            SSLContext sslContext, HttpClientConfigurer httpClientConfigurer, String userAgent,
                            long maxResponseSize) {
        this(connectTimeout, connectionRequestTimeout, responseTimeout, maxTotalConnections, connectionsPerRoute,
                connectionTimeToLive, proxyHost, proxyPort, proxyAuthUsername, proxyAuthPassword, sslContext,
                httpClientConfigurer, userAgent, maxResponseSize, null);
    }

    @Override
    public String toString() {
        return "SfmcHttpSettings[connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
               + ", callTimeout=" + callTimeout + ", maxTotalConnections=" + maxTotalConnections + ", connectionsPerRoute=" + connectionsPerRoute
               + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort + "]";
    }
}
