package io.sfmcjourney.camel.springboot;

import java.time.Duration;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.sfmc-journey.*} properties: one per option of the {@code sfmc-journey} component, with
 * the component's description and default (checked against the component JSON by a test). Durations accept a number
 * of milliseconds or a Spring Boot duration such as {@code 30s}; object options accept {@code #bean:name}.
 * <p>
 * Only the options an application sets are copied onto the component, so defaults stay the component's own and a
 * {@code configuration} bean is not overwritten by defaults.
 */
@ConfigurationProperties(prefix = SfmcJourneyComponentConfiguration.PREFIX)
public class SfmcJourneyComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The prefix of the component's properties. */
    public static final String PREFIX = "camel.component.sfmc-journey";

    /**
     * The MID of the business unit to act in (account_id of the token request); without it, the package's own business
     * unit.
     */
    private String accountId;

    /**
     * publishStatus consumer and waitForPublish: how long a publish may stay in process; then its result is Timeout and
     * it is no longer followed.
     */
    private Duration publishTimeout = Duration.ofMillis(600000);

    /**
     * publishStatus consumer and waitForPublish: the wait before the first status check of a publish; later checks wait
     * twice as long as the one before, up to statusPollMaxInterval.
     */
    private Duration statusPollInitialDelay = Duration.ofMillis(1000);

    /**
     * publishStatus consumer and waitForPublish: the longest wait between two status checks of a publish.
     */
    private Duration statusPollMaxInterval = Duration.ofMillis(5000);

    /**
     * The tenant subdomain of the package's URLs, e.g. mc563885gzs27c5t9-63k636ttgm: the token is requested from
     * https://{subdomain}.auth.marketingcloudapis.com/v2/token. Either this or authUrl is required.
     */
    private String subdomain;

    /**
     * The token URL, overriding the one derived from subdomain: either the package's Authentication Base URI
     * (/v2/token is appended) or the full token URL.
     */
    private String authUrl;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * History consumers: where reading starts when no watermark is stored (or the stored one is unusable): an ISO-8601
     * instant or offset date-time, e.g. 2025-01-31T00:00:00Z or 2025-01-31T00:00:00-06:00; a date-time without offset
     * is read as UTC. Wins over lookback.
     */
    private String initialWatermark;

    /**
     * History consumers: without a stored watermark and without initialWatermark, start this long before now. SFMC
     * keeps journey history for 30 days.
     */
    private Duration lookback = Duration.ofMillis(3600000);

    /**
     * History consumers: how far behind the consumer's clock each poll's window ends (to = now - lag), so that records
     * SFMC is still writing for that time are there when the window is read.
     */
    private Duration lag = Duration.ofMillis(60000);

    /**
     * History consumers: the zone SFMC's record timestamps (transactionTime, written without offset) are in: UTC, a
     * fixed offset such as -06:00 (US Central Standard Time, commonly stated but unverified) or a zone id such as
     * America/Chicago. Used only to present the record's instant (header CamelSfmcJourneyHistoryRecordTime); which
     * records are read never depends on record timestamps.
     */
    private String timeZone = "UTC";

    /**
     * History consumers: how far before the watermark (the end of the last window read completely) each poll's window
     * starts, to catch records SFMC writes late (a record written up to overlap plus lag after its transactionTime is
     * still read). Records read again are recognised by their id and not emitted again; the ids remembered for that are
     * those of the last overlap. Longer catches later writes but re-reads more each poll.
     */
    private Duration overlap = Duration.ofMillis(300000);

    /**
     * History consumers: one exchange per history record (body HistoryRecord); false gives one exchange per page (body
     * a List of HistoryRecord, only the records not emitted before).
     */
    private Boolean splitRecords = true;

    /**
     * History consumers: records (by their id) already processed (added once their exchange completed), e.g. a file,
     * JDBC or Infinispan repository shared by a cluster; then records of the overlap window are not emitted again
     * after a restart or a fail-over. The consumer starts and stops it.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * History consumers: the key of the watermark in watermarkRepository; default the method name, followed by a colon
     * and the accountId when that is set. Give each consumer its own key when several share one repository.
     */
    private String watermarkKey;

    /**
     * History consumers: where the watermark is kept, so that it survives restarts, e.g. a FileStateRepository or a
     * shared (database) store for a cluster. Default: in memory, per endpoint. The consumer starts and stops it.
     */
    private StateRepository<String, String> watermarkRepository;

    /**
     * The activity type filter (activityType, e.g. EMAILV2) of getHistory; history consumers: only records of these
     * activity types (comma-separated, e.g. EMAILV2,WAIT), also checked on the client.
     */
    private String activityType;

    /**
     * Pause or resume all versions (allVersions=true) instead of one versionNumber.
     */
    private String allVersions;

    /**
     * The contact key filter (contactKey) of getAsyncEventsStatus and getHistory; history consumers: only records of
     * these contacts (comma-separated contact keys), also checked on the client.
     */
    private String contactKey;

    /**
     * The journey version filter (definitionId) of getHistory; history consumers: only records of these journey
     * versions (comma-separated definition ids), also checked on the client (SFMC was reported to ignore it).
     */
    private String definitionId;

    /**
     * The journey type filter (definitionType) of getInteractionCollection; SFMC accepts transactional.
     */
    private String definitionType;

    /**
     * The end of the time range (end, ISO-8601) of getHistory.
     */
    private String end;

    /**
     * The end of the time range (endDate) of getAsyncEventsStatus.
     */
    private String endDate;

    /**
     * The event definition id the method's path needs ({eventDefinitionId}). Header CamelSfmcJourneyEventDefinitionId
     * overrides it.
     */
    private String eventDefinitionId;

    /**
     * The event definition key filter (eventDefinitionKey) of getAsyncEventsStatus, and the default event definition
     * of postAsyncEvents (header CamelSfmcJourneyEventDefinitionKey or the body's key override it).
     */
    private String eventDefinitionKey;

    /**
     * The event instance id filter (eventInstanceId) of getAsyncEventsStatus.
     */
    private String eventInstanceId;

    /**
     * Extra parts of journeys to return (extras): all, activities, outcome or stats.
     */
    private String extras;

    /**
     * With waitForPublish: fail the exchange (PublishFailedException, carrying the result) when the publish ends in
     * Error or Timeout; false ends it normally with the result as the body.
     */
    private Boolean failOnPublishError = true;

    /**
     * The journey id, event definition id or status id the method's path needs ({id}); for getInteractionCollection, a
     * filter on one journey's id. Header CamelSfmcJourneyId overrides it.
     */
    private String id;

    /**
     * The customer key the method's path needs (key:{key}); for getInteractionCollection, a filter on one journey's
     * key. Header CamelSfmcJourneyKey overrides it.
     */
    private String key;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Whether getInteractionCollection returns only the latest version of each journey (mostRecentVersionOnly); unset
     * leaves SFMC's default (true).
     */
    private String mostRecentVersionOnly;

    /**
     * The name filter (name, substring) of getEventDefinitionCollection.
     */
    private String name;

    /**
     * A substring matched against journey name or description (nameOrDescription) by getInteractionCollection.
     */
    private String nameOrDescription;

    /**
     * The sort order ($orderBy), e.g. ModifiedDate DESC for journeys or TransactionTime desc for history.
     */
    private String orderBy;

    /**
     * A class to bind the answer to with Jackson, e.g. io.sfmcjourney.camel.model.Journey, instead of a Map or List.
     */
    private String outputClass;

    /**
     * The 1-based page to read ($page) of a paged method.
     */
    private Integer page;

    /**
     * The page size ($pageSize) of a paged method; SFMC's default is 50. Event definitions honour it only together
     * with page. The history consumers request 500 when it is unset.
     */
    private Integer pageSize;

    /**
     * Return the answer as the JSON String instead of a Map (JSON object) or List (JSON array).
     */
    private Boolean rawJson = false;

    /**
     * The request id filter (requestId) of getAsyncEventsStatus, as answered by postAsyncEvents.
     */
    private String requestId;

    /**
     * The workflowApiVersion filter (specificApiVersionNumber) of getInteractionCollection; SFMC default 1.
     */
    private Integer specificApiVersionNumber;

    /**
     * The start of the time range (start, ISO-8601) of getHistory.
     */
    private String start;

    /**
     * The start of the time range (startDate) of getAsyncEventsStatus; SFMC default: 30 days ago.
     */
    private String startDate;

    /**
     * The status filter (status) of getInteractionCollection (e.g. Published) or getHistory; history consumers: only
     * records with these statuses (comma-separated, e.g. Failed,ContactNotFound), also checked on the client.
     */
    private String status;

    /**
     * A tag name filter (tag) of getInteractionCollection.
     */
    private String tag;

    /**
     * The status type filter (type) of getAsyncEventsStatus.
     */
    private String type;

    /**
     * The journey version (query versionNumber); required by publish, stop and validate, optional for reads, deletes,
     * pause and resume. Header CamelSfmcJourneyVersionNumber overrides it.
     */
    private Integer versionNumber;

    /**
     * publishInteractionById/ByKey: wait until the publish has finished and end the exchange with its PublishResult
     * (status PublishCompleted, Error or Timeout) as the body, instead of the statusId answer.
     */
    private Boolean waitForPublish = false;

    /**
     * How many times a call is retried after a 429, a 5xx or a transport failure (0 disables retries).
     */
    private Integer maxRetries = 3;

    /**
     * Replay non-idempotent calls (POST such as postInteractionsEvents or postInteraction) after failures that may
     * have reached the server (connection reset after sending, read timeout). May duplicate events or journey
     * versions; off by default.
     */
    private Boolean retryAmbiguousFailures = false;

    /**
     * The first back-off (millis or a duration such as 500ms) when the server gave no Retry-After; it doubles per
     * retry, with jitter.
     */
    private Duration retryInitialDelay = Duration.ofMillis(500);

    /**
     * The longest single back-off the component chooses itself; a server's Retry-After is honoured as asked, as long
     * as the total wait stays within retryMaxTotalWait.
     */
    private Duration retryMaxDelay = Duration.ofMillis(30000);

    /**
     * The longest time one call may spend waiting between retries; a retry that would exceed it is not made.
     */
    private Duration retryMaxTotalWait = Duration.ofMillis(120000);

    /**
     * The User-Agent header; default camel-sfmc-journey/VERSION.
     */
    private String userAgent;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * The configuration shared by all endpoints; each endpoint works on a copy.
     */
    private SfmcJourneyConfiguration configuration;

    /**
     * The connection pool size per host. Higher than camel-http's 20 because every call goes to the one REST host of
     * the tenant.
     */
    private Integer connectionsPerRoute = 64;

    /**
     * The longest life of a pooled connection; 0 (default) keeps connections as long as they work.
     */
    private Duration connectionTimeToLive;

    /**
     * A hook that can change the HttpClient 5 builder last (interceptors, routing, ...). Not autowired, so a bean
     * meant for the http component is not applied here by surprise.
     */
    private HttpClientConfigurer httpClientConfigurer;

    /**
     * The largest response body accepted, in bytes (default 50 MB); a larger answer fails the call instead of
     * exhausting memory.
     */
    private Long maxResponseSize = 52428800L;

    /**
     * The connection pool size over all hosts.
     */
    private Integer maxTotalConnections = 200;

    /**
     * The REST base URL, e.g. https://{subdomain}.rest.marketingcloudapis.com; without it, calls go to the
     * rest_instance_url of the token response.
     */
    private String restUrl;

    /**
     * postAsyncEvents only: enter a stream of single-contact messages in batches of up to this many members (1-100).
     * Each message carries one member and completes with its own result. 0 (default) sends each message's body as is,
     * splitting member lists above 100 into several calls.
     */
    private Integer batchSize;

    /**
     * postAsyncEvents with batchSize: the longest a member waits for its batch to fill before the batch is sent
     * anyway.
     */
    private Duration batchTimeout = Duration.ofMillis(200);

    /**
     * postAsyncEvents with batchSize: how many batch calls may run at once.
     */
    private Integer batchConcurrency = 4;

    /**
     * postAsyncEvents with batchSize: the most members waiting or in flight at once; further messages wait for room
     * (back-pressure on the calling threads).
     */
    private Integer batchMaxPending = 10000;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * The proxy password.
     */
    private String proxyAuthPassword;

    /**
     * The proxy user name.
     */
    private String proxyAuthUsername;

    /**
     * The HTTP proxy host.
     */
    private String proxyHost;

    /**
     * The HTTP proxy port.
     */
    private Integer proxyPort;

    /**
     * The client id of the SFMC installed package (API integration, server-to-server). Required.
     */
    private String clientId;

    /**
     * The client secret of the installed package. Required; masked in URIs and logs.
     */
    private String clientSecret;

    /**
     * Space-separated scopes to request, e.g. journeys_read journeys_write journeys_execute; without it, all scopes of
     * the package.
     */
    private String scope;

    /**
     * TLS configuration of the HTTP client.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the CamelContext's global SSLContextParameters when no sslContextParameters is set.
     */
    private Boolean useGlobalSslContextParameters = false;

    /**
     * How long before its expiry a cached token is renewed (SFMC tokens live 20 minutes).
     */
    private Duration tokenRefreshMargin = Duration.ofMillis(60000);

    /**
     * The longest time from sending a request to the last byte of its answer; guards against servers that trickle
     * data, which responseTimeout (the longest silence) does not catch. 0 disables it.
     */
    private Duration callTimeout = Duration.ofMillis(300000);

    /**
     * The time to wait for a connection from the pool.
     */
    private Duration connectionRequestTimeout = Duration.ofMillis(10000);

    /**
     * The time to establish a connection.
     */
    private Duration connectTimeout = Duration.ofMillis(10000);

    /**
     * The time to wait for the answer (socket inactivity while reading).
     */
    private Duration responseTimeout = Duration.ofMillis(60000);

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public Duration getPublishTimeout() {
        return publishTimeout;
    }

    public void setPublishTimeout(Duration publishTimeout) {
        this.publishTimeout = publishTimeout;
    }

    public Duration getStatusPollInitialDelay() {
        return statusPollInitialDelay;
    }

    public void setStatusPollInitialDelay(Duration statusPollInitialDelay) {
        this.statusPollInitialDelay = statusPollInitialDelay;
    }

    public Duration getStatusPollMaxInterval() {
        return statusPollMaxInterval;
    }

    public void setStatusPollMaxInterval(Duration statusPollMaxInterval) {
        this.statusPollMaxInterval = statusPollMaxInterval;
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

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getInitialWatermark() {
        return initialWatermark;
    }

    public void setInitialWatermark(String initialWatermark) {
        this.initialWatermark = initialWatermark;
    }

    public Duration getLookback() {
        return lookback;
    }

    public void setLookback(Duration lookback) {
        this.lookback = lookback;
    }

    public Duration getLag() {
        return lag;
    }

    public void setLag(Duration lag) {
        this.lag = lag;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Duration getOverlap() {
        return overlap;
    }

    public void setOverlap(Duration overlap) {
        this.overlap = overlap;
    }

    public Boolean getSplitRecords() {
        return splitRecords;
    }

    public void setSplitRecords(Boolean splitRecords) {
        this.splitRecords = splitRecords;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getWatermarkKey() {
        return watermarkKey;
    }

    public void setWatermarkKey(String watermarkKey) {
        this.watermarkKey = watermarkKey;
    }

    public StateRepository<String, String> getWatermarkRepository() {
        return watermarkRepository;
    }

    public void setWatermarkRepository(StateRepository<String, String> watermarkRepository) {
        this.watermarkRepository = watermarkRepository;
    }

    public String getActivityType() {
        return activityType;
    }

    public void setActivityType(String activityType) {
        this.activityType = activityType;
    }

    public String getAllVersions() {
        return allVersions;
    }

    public void setAllVersions(String allVersions) {
        this.allVersions = allVersions;
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public String getDefinitionType() {
        return definitionType;
    }

    public void setDefinitionType(String definitionType) {
        this.definitionType = definitionType;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getEventDefinitionId() {
        return eventDefinitionId;
    }

    public void setEventDefinitionId(String eventDefinitionId) {
        this.eventDefinitionId = eventDefinitionId;
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public String getEventInstanceId() {
        return eventInstanceId;
    }

    public void setEventInstanceId(String eventInstanceId) {
        this.eventInstanceId = eventInstanceId;
    }

    public String getExtras() {
        return extras;
    }

    public void setExtras(String extras) {
        this.extras = extras;
    }

    public Boolean getFailOnPublishError() {
        return failOnPublishError;
    }

    public void setFailOnPublishError(Boolean failOnPublishError) {
        this.failOnPublishError = failOnPublishError;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getMostRecentVersionOnly() {
        return mostRecentVersionOnly;
    }

    public void setMostRecentVersionOnly(String mostRecentVersionOnly) {
        this.mostRecentVersionOnly = mostRecentVersionOnly;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameOrDescription() {
        return nameOrDescription;
    }

    public void setNameOrDescription(String nameOrDescription) {
        this.nameOrDescription = nameOrDescription;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Boolean getRawJson() {
        return rawJson;
    }

    public void setRawJson(Boolean rawJson) {
        this.rawJson = rawJson;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public Integer getSpecificApiVersionNumber() {
        return specificApiVersionNumber;
    }

    public void setSpecificApiVersionNumber(Integer specificApiVersionNumber) {
        this.specificApiVersionNumber = specificApiVersionNumber;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public Boolean getWaitForPublish() {
        return waitForPublish;
    }

    public void setWaitForPublish(Boolean waitForPublish) {
        this.waitForPublish = waitForPublish;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Boolean getRetryAmbiguousFailures() {
        return retryAmbiguousFailures;
    }

    public void setRetryAmbiguousFailures(Boolean retryAmbiguousFailures) {
        this.retryAmbiguousFailures = retryAmbiguousFailures;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Duration getRetryMaxTotalWait() {
        return retryMaxTotalWait;
    }

    public void setRetryMaxTotalWait(Duration retryMaxTotalWait) {
        this.retryMaxTotalWait = retryMaxTotalWait;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SfmcJourneyConfiguration configuration) {
        this.configuration = configuration;
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public Duration getConnectionTimeToLive() {
        return connectionTimeToLive;
    }

    public void setConnectionTimeToLive(Duration connectionTimeToLive) {
        this.connectionTimeToLive = connectionTimeToLive;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public String getRestUrl() {
        return restUrl;
    }

    public void setRestUrl(String restUrl) {
        this.restUrl = restUrl;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getBatchTimeout() {
        return batchTimeout;
    }

    public void setBatchTimeout(Duration batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    public Integer getBatchConcurrency() {
        return batchConcurrency;
    }

    public void setBatchConcurrency(Integer batchConcurrency) {
        this.batchConcurrency = batchConcurrency;
    }

    public Integer getBatchMaxPending() {
        return batchMaxPending;
    }

    public void setBatchMaxPending(Integer batchMaxPending) {
        this.batchMaxPending = batchMaxPending;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
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

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }
}
