package io.sfmcjourney.camel.client;

import java.time.Duration;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the component's one pooled Apache HttpClient 5 from {@link SfmcHttpSettings}.
 * <p>
 * The client never retries or follows redirects by itself ({@link SfmcRestClient} decides about replays), and it
 * enforces {@link SfmcHttpSettings#maxResponseSize()} and {@link SfmcHttpSettings#callTimeout()} on every response it
 * reads. It keeps no connection state, so pooled connections are reused whatever TLS client certificate they
 * presented (a client serves one set of credentials). The settings'
 * {@link SfmcHttpSettings#httpClientConfigurer() configurer} runs last and may change anything.
 */
public final class SfmcHttpClientFactory {

    private SfmcHttpClientFactory() {
    }

    /** A new client; the caller owns it and must close it (which also closes its connection pool). */
    public static CloseableHttpClient create(SfmcHttpSettings settings) {
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connectionManager(settings))
                .setDefaultRequestConfig(requestConfig(settings))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                // a pooled connection is not tied to the TLS client certificate's principal: otherwise a new call
                // (new context, no state) never reuses a connection that presented one, and opens a new one each time
                .disableConnectionState()
                .addExecInterceptorFirst(ResponseGuard.NAME,
                        new ResponseGuard(settings.maxResponseSize(), millis(settings.callTimeout())));
        if (settings.userAgent() != null) {
            builder.setUserAgent(settings.userAgent());
        }
        configureProxy(builder, settings);
        if (settings.httpClientConfigurer() != null) {
            settings.httpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private static PoolingHttpClientConnectionManager connectionManager(SfmcHttpSettings settings) {
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                .setConnectTimeout(timeout(settings.connectTimeout()))
                .setSocketTimeout(timeout(settings.responseTimeout()));
        if (settings.connectionTimeToLive() != null) {
            connection.setTimeToLive(TimeValue.ofMilliseconds(settings.connectionTimeToLive().toMillis()));
        }
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connection.build())
                .setMaxConnTotal(settings.maxTotalConnections())
                .setMaxConnPerRoute(settings.connectionsPerRoute());
        if (settings.sslContext() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.sslContext()));
        }
        return pool.build();
    }

    private static RequestConfig requestConfig(SfmcHttpSettings settings) {
        return RequestConfig.custom()
                .setConnectionRequestTimeout(timeout(settings.connectionRequestTimeout()))
                .setResponseTimeout(timeout(settings.responseTimeout()))
                .setRedirectsEnabled(false)
                .build();
    }

    private static void configureProxy(HttpClientBuilder builder, SfmcHttpSettings settings) {
        if (settings.proxyHost() == null || settings.proxyHost().isBlank()) {
            return;
        }
        HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort());
        builder.setProxy(proxy);
        if (settings.proxyAuthUsername() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            char[] password = settings.proxyAuthPassword() == null
                    ? new char[0] : settings.proxyAuthPassword().toCharArray();
            credentials.setCredentials(new AuthScope(proxy),
                    new UsernamePasswordCredentials(settings.proxyAuthUsername(), password));
            builder.setDefaultCredentialsProvider(credentials);
        }
    }

    private static long millis(Duration duration) {
        return duration == null ? 0 : duration.toMillis();
    }

    /** Null keeps HttpClient's default for the setting; zero means "wait forever". */
    private static Timeout timeout(Duration duration) {
        return duration == null ? null : Timeout.ofMilliseconds(Math.max(0, duration.toMillis()));
    }
}
