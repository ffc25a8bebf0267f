package io.sfmcjourney.camel;

import java.time.Duration;

import io.sfmcjourney.camel.client.RetryPolicy;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options an {@code sfmc-journey} component and its endpoints share: connection and authentication, retry and
 * behaviour defaults. Each is a component option ({@code camel.component.sfmc-journey.<option>}); an endpoint starts
 * from a copy of the component's configuration and its URI parameters override single options. The options of one
 * call or one consumer are endpoint-only ({@link SfmcJourneyEndpointOptions}).
 */
@UriParams
public class SfmcJourneyConfiguration implements Cloneable {

    /** The client id of the SFMC installed package (API integration, server-to-server). Required. */
    @UriParam(label = "common,security")
    private String clientId;

    /** The client secret of the installed package. Required; masked in URIs and logs. */
    @UriParam(label = "common,security", secret = true)
    private String clientSecret;

    /**
     * The MID of the business unit to act in (`account_id` of the token request); without it, the package's own
     * business unit.
     */
    @UriParam(label = "common")
    private String accountId;

    /**
     * Space-separated scopes to request, e.g. `journeys_read journeys_write journeys_execute`; without it, all
     * scopes of the package.
     */
    @UriParam(label = "security")
    private String scope;

    /**
     * The tenant subdomain of the package's URLs, e.g. `mc563885gzs27c5t9-63k636ttgm`: the token is requested from
     * `https://{subdomain}.auth.marketingcloudapis.com/v2/token`. Either this or `authUrl` is required.
     */
    @UriParam(label = "common")
    private String subdomain;

    /**
     * The token URL, overriding the one derived from `subdomain`: either the package's Authentication Base URI
     * (`/v2/token` is appended) or the full token URL.
     */
    @UriParam(label = "common,advanced")
    private String authUrl;

    /**
     * The REST base URL, e.g. `https://{subdomain}.rest.marketingcloudapis.com`; without it, calls go to the
     * `rest_instance_url` of the token response.
     */
    @UriParam(label = "advanced")
    private String restUrl;

    /** Return the answer as the JSON String instead of a Map (JSON object) or List (JSON array). */
    @UriParam(label = "producer")
    private boolean rawJson;

    /**
     * How many times a call is retried after a 429, a failed connection, or (for reads and deletes, see the retry
     * table) a 5xx or a connection lost after sending (0 disables retries).
     */
    @UriParam(label = "common,advanced", defaultValue = "3")
    private int maxRetries = 3;

    /**
     * The first back-off (millis or a duration such as `500ms`) when the server gave no Retry-After; it doubles per
     * retry, with jitter.
     */
    @UriParam(label = "common,advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long retryInitialDelay = 500;

    /**
     * The longest single back-off the component chooses itself; a server's Retry-After is honoured as asked, as long
     * as the total wait stays within retryMaxTotalWait.
     */
    @UriParam(label = "common,advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxDelay = 30000;

    /** The longest time one call may spend waiting between retries; a retry that would exceed it is not made. */
    @UriParam(label = "common,advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long retryMaxTotalWait = 120000;

    /**
     * Replay writes (POST such as postInteractionsEvents or postInteraction, and PUT) after failures that may have
     * reached the server (connection lost after sending, read timeout, 500/502/503/504). May duplicate events or
     * journey versions; a refusal of such a replay is still reported as SfmcOutcomeUnknownException. Off by default.
     */
    @UriParam(label = "common,advanced")
    private boolean retryAmbiguousFailures;

    /**
     * publishStatus consumer and `waitForPublish`: the wait before the first status check of a publish; later
     * checks wait twice as long as the one before, up to `statusPollMaxInterval`.
     */
    @UriParam(label = "common", defaultValue = "1000", javaType = "java.time.Duration")
    private long statusPollInitialDelay = 1_000;

    /** publishStatus consumer and `waitForPublish`: the longest wait between two status checks of a publish. */
    @UriParam(label = "common", defaultValue = "5000", javaType = "java.time.Duration")
    private long statusPollMaxInterval = 5_000;

    /**
     * publishStatus consumer and `waitForPublish`: how long a publish may stay in process; then its result is
     * `Timeout` and it is no longer followed.
     */
    @UriParam(label = "common", defaultValue = "600000", javaType = "java.time.Duration")
    private long publishTimeout = 600_000;

    /**
     * With `waitForPublish`: fail the exchange (`SfmcPublishFailedException`, carrying the result) when the publish ends
     * in `Error` or `Timeout`; false ends it normally with the result as the body.
     */
    @UriParam(label = "producer", defaultValue = "true")
    private boolean failOnPublishError = true;

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getSubdomain() {
        return subdomain;
    }

    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getRestUrl() {
        return restUrl;
    }

    public void setRestUrl(String restUrl) {
        this.restUrl = restUrl;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRetryMaxTotalWait() {
        return retryMaxTotalWait;
    }

    public void setRetryMaxTotalWait(long retryMaxTotalWait) {
        this.retryMaxTotalWait = retryMaxTotalWait;
    }

    public boolean isRetryAmbiguousFailures() {
        return retryAmbiguousFailures;
    }

    public void setRetryAmbiguousFailures(boolean retryAmbiguousFailures) {
        this.retryAmbiguousFailures = retryAmbiguousFailures;
    }

    public long getStatusPollInitialDelay() {
        return statusPollInitialDelay;
    }

    public void setStatusPollInitialDelay(long statusPollInitialDelay) {
        this.statusPollInitialDelay = statusPollInitialDelay;
    }

    public long getStatusPollMaxInterval() {
        return statusPollMaxInterval;
    }

    public void setStatusPollMaxInterval(long statusPollMaxInterval) {
        this.statusPollMaxInterval = statusPollMaxInterval;
    }

    public long getPublishTimeout() {
        return publishTimeout;
    }

    public void setPublishTimeout(long publishTimeout) {
        this.publishTimeout = publishTimeout;
    }

    public boolean isFailOnPublishError() {
        return failOnPublishError;
    }

    public void setFailOnPublishError(boolean failOnPublishError) {
        this.failOnPublishError = failOnPublishError;
    }

    /** The retry policy these options describe. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxRetries, Duration.ofMillis(retryInitialDelay), Duration.ofMillis(retryMaxDelay),
                Duration.ofMillis(retryMaxTotalWait), retryAmbiguousFailures);
    }

    /** A shallow copy, so an endpoint can override options without touching the component's configuration. */
    public SfmcJourneyConfiguration copy() {
        try {
            return (SfmcJourneyConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
