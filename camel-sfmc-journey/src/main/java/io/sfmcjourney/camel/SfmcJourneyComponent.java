package io.sfmcjourney.camel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.net.ssl.SSLContext;

import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.camel.auth.SfmcTokenManagers;
import io.sfmcjourney.camel.client.RetryPolicy;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.client.SfmcHttpClientFactory;
import io.sfmcjourney.camel.client.SfmcHttpSettings;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.confirm.EntryConfirmer;
import io.sfmcjourney.camel.metrics.SfmcMetrics;
import io.sfmcjourney.camel.metrics.SfmcMetricsFactory;
import io.sfmcjourney.camel.publish.PublishRegistry;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@code sfmc-journey} component: calls the Salesforce Marketing Cloud Journey Builder REST API. It owns the one
 * pooled HTTP client and the token managers (one per credential set) all its endpoints share; both are created when
 * the first producer starts and closed when the component stops.
 */
@Component("sfmc-journey")
public class SfmcJourneyComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /** The User-Agent sent when no other is configured: {@code camel-sfmc-journey/<version>}. */
    public static final String DEFAULT_USER_AGENT = "camel-sfmc-journey/" + componentVersion();

    @Metadata(label = "advanced",
              description = "The configuration shared by all endpoints; each endpoint works on a copy.")
    private SfmcJourneyConfiguration configuration = new SfmcJourneyConfiguration();

    @Metadata(label = "security,advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long before its expiry a cached token is renewed (SFMC tokens live 20 minutes).")
    private long tokenRefreshMargin = 60_000;

    @Metadata(label = "timeout", defaultValue = "10000", javaType = "java.time.Duration",
              description = "The time to establish a connection.")
    private long connectTimeout = 10_000;

    @Metadata(label = "timeout", defaultValue = "10000", javaType = "java.time.Duration",
              description = "The time to wait for a connection from the pool.")
    private long connectionRequestTimeout = 10_000;

    @Metadata(label = "timeout", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The time to wait for the answer (socket inactivity while reading).")
    private long responseTimeout = 60_000;

    @Metadata(label = "timeout", defaultValue = "300000", javaType = "java.time.Duration",
              description = "The longest time from sending a request to the last byte of its answer; guards against "
                            + "servers that trickle data, which responseTimeout (the longest silence) does not catch. "
                            + "0 disables it.")
    private long callTimeout = 300_000;

    @Metadata(label = "producer,proxy", description = "The HTTP proxy host.")
    private String proxyHost;

    @Metadata(label = "producer,proxy", description = "The HTTP proxy port.")
    private Integer proxyPort;

    @Metadata(label = "producer,proxy", secret = true, description = "The proxy user name.")
    private String proxyAuthUsername;

    @Metadata(label = "producer,proxy", secret = true, description = "The proxy password.")
    private String proxyAuthPassword;

    @Metadata(label = "advanced", defaultValue = "200", description = "The connection pool size over all hosts.")
    private int maxTotalConnections = 200;

    @Metadata(label = "advanced", defaultValue = "64",
              description = "The connection pool size per host. Higher than camel-http's 20 because every call goes "
                            + "to the one REST host of the tenant.")
    private int connectionsPerRoute = 64;

    @Metadata(label = "advanced", javaType = "java.time.Duration",
              description = "The longest life of a pooled connection; 0 (default) keeps connections as long as they "
                            + "work.")
    private long connectionTimeToLive;

    @Metadata(label = "security", description = "TLS configuration of the HTTP client.")
    private SSLContextParameters sslContextParameters;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when no sslContextParameters is set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "advanced",
              description = "A hook that can change the HttpClient 5 builder last (interceptors, routing, ...). Not "
                            + "autowired, so a bean meant for the http component is not applied here by surprise.")
    private HttpClientConfigurer httpClientConfigurer;

    @Metadata(label = "producer,advanced",
              description = "The User-Agent header; default `camel-sfmc-journey/VERSION`.")
    private String userAgent;

    @Metadata(label = "advanced", defaultValue = "52428800",
              description = "The largest response body accepted, in bytes (default 50 MB); a larger answer fails the "
                            + "call instead of exhausting memory.")
    private long maxResponseSize = 52_428_800L;

    @Metadata(label = "producer,advanced", defaultValue = "20",
              description = "The size of the component's I/O pool, which runs the HTTP exchanges of its asynchronous "
                            + "producers that follow a wait (Retry-After, back-off, waitForPublish polling) and the "
                            + "batching producer's calls (a first attempt runs on the sending thread); together with "
                            + "one scheduler thread it bounds the threads the component adds however many exchanges "
                            + "wait. Work beyond it queues as tasks instead of starting threads.")
    private int ioThreads = 20;

    @Metadata(label = "advanced,metrics", defaultValue = "true",
              description = "Record Micrometer meters (named sfmc.journey) when Micrometer is on the classpath and "
                            + "the registry holds a MeterRegistry (of several: the one named metricsRegistry, else "
                            + "the one composite registry); false records nothing.")
    private boolean metricsEnabled = true;

    private CloseableHttpClient httpClient;
    private AsyncCallPools asyncCallPools;
    private SfmcTokenManagers tokenManagers;
    private SfmcMetrics metrics;
    private final PublishRegistry publishRegistry = new PublishRegistry();
    private EntryConfirmer entryConfirmer;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SfmcJourneyMethod method = SfmcJourneyMethod.fromName(remaining);
        SfmcJourneyEndpoint endpoint
                = new SfmcJourneyEndpoint(URISupport.sanitizeUri(uri), this, method, configuration.copy());
        endpoint.setUriOptions(parameters.keySet());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * A REST client for one credential set, sharing the component's HTTP client and token managers (created on
     * first use).
     */
    synchronized SfmcRestClient createRestClient(SfmcCredentials credentials, String restUrl, RetryPolicy retryPolicy) {
        if (httpClient == null) {
            httpClient = SfmcHttpClientFactory.create(httpSettings());
            tokenManagers = new SfmcTokenManagers(httpClient, Duration.ofMillis(tokenRefreshMargin));
        }
        return new SfmcRestClient(httpClient, tokenManagers.forCredentials(credentials), restUrl, retryPolicy)
                .withMetrics(getMetrics());
    }

    /**
     * What this component records its meters with: Micrometer's when {@code metricsEnabled}, Micrometer is present and
     * a MeterRegistry is found in the registry (chosen on first use after start), else {@link SfmcMetrics#NONE}.
     */
    public synchronized SfmcMetrics getMetrics() {
        if (metrics == null) {
            metrics = SfmcMetricsFactory.create(this, metricsEnabled);
        }
        return metrics;
    }

    /**
     * The publishes this component's publishStatus consumers follow: its producers report every publishAsync here;
     * {@code getPublishRegistry().track(statusId)} adds a publish started elsewhere.
     */
    public PublishRegistry getPublishRegistry() {
        return publishRegistry;
    }

    /** The entries waiting for confirmation ({@code confirmEntry=true}) of this component's producers. */
    public synchronized EntryConfirmer getEntryConfirmer() {
        if (entryConfirmer == null) {
            entryConfirmer = new EntryConfirmer(getCamelContext(), this);
        }
        return entryConfirmer;
    }

    /** The HTTP client settings these options describe. */
    SfmcHttpSettings httpSettings() {
        return new SfmcHttpSettings(Duration.ofMillis(connectTimeout), Duration.ofMillis(connectionRequestTimeout),
                Duration.ofMillis(responseTimeout), maxTotalConnections, connectionsPerRoute,
                connectionTimeToLive > 0 ? Duration.ofMillis(connectionTimeToLive) : null,
                proxyHost, proxyPort != null ? proxyPort : -1, proxyAuthUsername, proxyAuthPassword, sslContext(),
                httpClientConfigurer, userAgent != null ? userAgent : DEFAULT_USER_AGENT, maxResponseSize,
                callTimeout > 0 ? Duration.ofMillis(callTimeout) : null);
    }

    private SSLContext sslContext() {
        SSLContextParameters parameters
                = sslContextParameters != null ? sslContextParameters : retrieveGlobalSslContextParameters();
        if (parameters == null) {
            return null;
        }
        try {
            return parameters.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalStateException("sfmc-journey: cannot create the SSLContext from sslContextParameters", e);
        }
    }

    /** The token managers created so far (one per credential set), e.g. for the dev console; never null. */
    public synchronized Collection<SfmcTokenManager> tokenManagers() {
        return tokenManagers == null ? List.of() : tokenManagers.managers();
    }

    /**
     * Runs calls on the component's I/O pool with scheduled waits (created on first use, shut down when the component
     * stops).
     */
    synchronized SfmcAsyncCalls asyncCalls() {
        if (asyncCallPools == null) {
            asyncCallPools = AsyncCallPools.start(getCamelContext(), this, ioThreads);
        }
        return asyncCallPools.calls();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (entryConfirmer != null) {
            entryConfirmer.stop();
            entryConfirmer = null;
        }
        if (asyncCallPools != null) {
            asyncCallPools.shutdown();
            asyncCallPools = null;
        }
        IOHelper.close(httpClient);
        httpClient = null;
        tokenManagers = null;
        if (metrics != null) {
            metrics.close();
            metrics = null;
        }
        super.doStop();
    }

    private static String componentVersion() {
        try (InputStream in = SfmcJourneyComponent.class.getResourceAsStream("sfmc-journey-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SfmcJourneyConfiguration configuration) {
        this.configuration = configuration;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public long getConnectionTimeToLive() {
        return connectionTimeToLive;
    }

    public void setConnectionTimeToLive(long connectionTimeToLive) {
        this.connectionTimeToLive = connectionTimeToLive;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getIoThreads() {
        return ioThreads;
    }

    public void setIoThreads(int ioThreads) {
        if (ioThreads < 1) {
            throw new IllegalArgumentException("sfmc-journey: ioThreads must be at least 1 but was " + ioThreads);
        }
        this.ioThreads = ioThreads;
    }

    public boolean isMetricsEnabled() {
        return metricsEnabled;
    }

    public void setMetricsEnabled(boolean metricsEnabled) {
        this.metricsEnabled = metricsEnabled;
    }
}
