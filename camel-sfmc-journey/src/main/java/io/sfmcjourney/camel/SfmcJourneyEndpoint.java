package io.sfmcjourney.camel;

import java.util.Map;
import java.util.Set;

import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.batch.BatchFullPolicy;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.consumer.SfmcConsumers;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Call the Salesforce Marketing Cloud Journey Builder REST API: manage and publish journeys, manage entry event
 * definitions and fire entry events.
 *
 * <p>One endpoint calls one API method, e.g. sfmc-journey:postInteractionsEvents. Its options start as a copy of the
 * component's configuration; its URI never shows the client secret.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sfmc-journey", title = "SFMC Journey Builder",
             syntax = "sfmc-journey:method", category = { Category.CLOUD, Category.SAAS },
             headersClass = SfmcJourneyConstants.class)
public class SfmcJourneyEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(label = "common", description = "The API method to call.",
             enums = "discovery,postInteraction,updateInteraction,updateInteractionByKey,updateInteractionById,"
                     + "publishInteractionById,publishInteractionByKey,publishStatus,stop,stopByKey,"
                     + "getGoalStatistics,postGoalStatistics,getInteraction,deleteInteraction,deleteInteractionByKey,"
                     + "getInteractionCollection,getWaitStatistics,getJourneyMap,createUpdateJourneyMap,"
                     + "searchTraceEvents,getTriggerStatistics,createTriggerTest,updateTriggerTest,deleteTriggerTest,"
                     + "postEventDefinition,updateEventDefinitionById,updateEventDefinitionByKey,"
                     + "getEventDefinitionByKey,getEventDefinitionById,getEventDefinitionCollection,"
                     + "deleteEventDefinitionById,deleteEventDefinitionByKey,postInteractionsEvents,getHistory,"
                     + "getInteractionByKey,postAsyncEvents,getAsyncEventsStatus,searchJourneyHistory,"
                     + "validateInteractionById,validateInteractionByKey,validateStatus,pauseInteractionById,"
                     + "pauseInteractionByKey,resumeInteractionById,resumeInteractionByKey,postContactExit,"
                     + "getContactExitStatus,postContactMembership,getInteractionAudit,getInteractionAuditByKey,"
                     + "downloadJourneyHistory,estimateJourneyHistoryDownload,getJourneyHistoryFreshness")
    @Metadata(required = true)
    private final String method;

    @UriParam
    private SfmcJourneyConfiguration configuration;

    /**
     * The audit action of getInteractionAudit/ByKey (the last path segment): `all` or one lifecycle action. Header
     * `CamelSfmcJourneyAuditAction` overrides it unless the option is given in the endpoint URI.
     */
    @UriParam(label = "producer", defaultValue = "all", enums = "all,create,modify,publish,unpublish,delete")
    private String action = "all";

    /** The file format of downloadJourneyHistory and estimateJourneyHistoryDownload (query parameter `format`). */
    @UriParam(label = "producer", defaultValue = "csv", enums = "csv,tsv")
    private String format = "csv";

    /**
     * The columns of downloadJourneyHistory and estimateJourneyHistoryDownload, comma-separated, e.g.
     * `TransactionTime,ContactKey,Status`; without it, SFMC's default columns (TransactionTime, ContactKey, Status,
     * DefinitionId, DefinitionName, ActivityId, ActivityName, ActivityType).
     */
    @UriParam(label = "producer")
    private String columns;

    /**
     * downloadJourneyHistory: write the download to this file (replaced once complete; a partial download is removed)
     * and set the body to the File, instead of handing the route an InputStream of the answer.
     */
    @UriParam(label = "producer")
    private String downloadFile;

    /**
     * postInteractionsEvents and postAsyncEvents (member list or batchSize): end the exchange only when SFMC's own
     * records (batch status, journey history) say what became of each contact, or confirmTimeout has passed. The body
     * becomes the EntryConfirmation (a list for a member list) and the headers CamelSfmcJourneyEntryOutcome
     * (ENTERED, NOT_ENTERED, UNKNOWN) and CamelSfmcJourneyEntryReason tell the outcome. No thread waits.
     */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean confirmEntry;

    /**
     * With confirmEntry: fail the exchange with SfmcContactNotEnteredException when SFMC's records say the contact
     * did not enter (for a member list: when any member did not). UNKNOWN does not fail.
     */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean failOnNotEntered;

    /**
     * With confirmEntry: how long to wait for SFMC's records before the outcome is UNKNOWN (checked at each poll).
     */
    @UriParam(label = "producer", defaultValue = "300000", javaType = "java.time.Duration")
    private long confirmTimeout = 300_000;

    /**
     * With confirmEntry: the time between two reads of SFMC's records; one read covers every entry waiting for the
     * same event definition.
     */
    @UriParam(label = "producer", defaultValue = "10000", javaType = "java.time.Duration")
    private long confirmInterval = 10_000;

    /**
     * postAsyncEvents with `batchSize`: what happens to a message when `batchMaxPending` members already wait or are
     * in flight. `Block` makes the sending thread wait for room (back-pressure; that thread is held meanwhile);
     * `Fail` fails the exchange at once with a RejectedExecutionException naming the bound, and holds no thread.
     */
    @UriParam(label = "producer,batch,advanced", defaultValue = "Block", enums = "Block,Fail")
    private BatchFullPolicy batchFullPolicy = BatchFullPolicy.Block;

    private final SfmcJourneyMethod apiMethod;
    private SfmcCredentials credentials;
    private ResponseBodyMapper responseMapper;
    private volatile SfmcRestClient restClient;
    private Set<String> uriOptions = Set.of();

    SfmcJourneyEndpoint(String uri, SfmcJourneyComponent component, SfmcJourneyMethod apiMethod,
                        SfmcJourneyConfiguration configuration) {
        super(uri, component);
        this.apiMethod = apiMethod;
        this.method = apiMethod.name();
        this.configuration = configuration;
        // a consumer's own polling default (a URI or bean `delay` still wins: it is set after construction)
        SfmcConsumers.defaultDelay(apiMethod).ifPresent(this::setDelay);
    }

    @Override
    public SfmcJourneyComponent getComponent() {
        return (SfmcJourneyComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (apiMethod.isStreamed()) {
            return new SfmcStreamedProducer(this);
        }
        if (apiMethod.maxListItems() > 0) {
            return new SfmcListProducer(this);
        }
        return confirmEntry ? new SfmcEntryConfirmingProducer(this, entryProducer()) : entryProducer();
    }

    private Producer entryProducer() {
        if (apiMethod == SfmcJourneyMethod.postAsyncEvents) {
            return configuration.getBatchSize() > 0
                    ? new SfmcBatchingEntryProducer(this) : new SfmcBatchEntryProducer(this);
        }
        return new SfmcJourneyProducer(this);
    }

    /** A polling consumer for getHistory, searchJourneyHistory and publishStatus (see {@link SfmcConsumers}). */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = SfmcConsumers.create(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        checkConfirmOptions();
        credentials = CredentialsResolver.resolve(configuration);
        responseMapper = new ResponseBodyMapper(configuration.isRawJson(), outputClass());
        super.doStart();
    }

    private void checkConfirmOptions() {
        if (!confirmEntry) {
            return;
        }
        if (apiMethod != SfmcJourneyMethod.postInteractionsEvents && apiMethod != SfmcJourneyMethod.postAsyncEvents) {
            throw new IllegalArgumentException("sfmc-journey: confirmEntry applies to postInteractionsEvents and "
                                               + "postAsyncEvents only, not " + method);
        }
        if (confirmTimeout <= 0 || confirmInterval <= 0) {
            throw new IllegalArgumentException("sfmc-journey: confirmTimeout and confirmInterval must be positive "
                                               + "durations (e.g. confirmTimeout=5m&confirmInterval=10s)");
        }
    }

    private Class<?> outputClass() {
        String name = configuration.getOutputClass();
        if (name == null || name.isBlank()) {
            return null;
        }
        Class<?> type = getCamelContext().getClassResolver().resolveClass(name);
        if (type == null) {
            throw new IllegalArgumentException("sfmc-journey: outputClass " + name + " is not on the classpath");
        }
        return type;
    }

    /** A REST client for this endpoint's credentials, REST URL and retry options; call it once started. */
    public SfmcRestClient createRestClient() {
        restClient = getComponent().createRestClient(credentials, configuration.getRestUrl(),
                configuration.retryPolicy());
        return restClient;
    }

    /** As {@link #createRestClient()}, for another business unit (MID) of the same installed package. */
    SfmcRestClient createRestClient(String accountId) {
        SfmcCredentials forAccount = new SfmcCredentials(credentials.authUrl(), credentials.clientId(),
                credentials.clientSecret(), accountId, credentials.scope());
        return getComponent().createRestClient(forAccount, configuration.getRestUrl(), configuration.retryPolicy());
    }

    /**
     * The REST base URL this endpoint's calls go to: the one in use once a call was made, else the configured one
     * (restUrl, or the tenant's REST host derived from subdomain).
     */
    public String restBaseUrl() {
        SfmcRestClient client = restClient;
        String inUse = client == null ? null : client.baseUrl();
        return inUse != null ? inUse : getServiceUrl();
    }

    /** Maps answers to message bodies per the output options. */
    ResponseBodyMapper responseMapper() {
        return responseMapper;
    }

    /** The credentials this endpoint calls with, once started. */
    public SfmcCredentials getCredentials() {
        return credentials;
    }

    /** The API method this endpoint calls. */
    /**
     * The options given in this endpoint's URI: for these, the URI wins over a path or filter header (so a header left
     * by an earlier call on the same exchange cannot redirect this one).
     */
    public Set<String> getUriOptions() {
        return uriOptions;
    }

    void setUriOptions(Set<String> uriOptions) {
        this.uriOptions = Set.copyOf(uriOptions);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    public String getDownloadFile() {
        return downloadFile;
    }

    public void setDownloadFile(String downloadFile) {
        this.downloadFile = downloadFile;
    }

    public SfmcJourneyMethod getApiMethod() {
        return apiMethod;
    }

    public String getMethod() {
        return method;
    }

    public boolean isConfirmEntry() {
        return confirmEntry;
    }

    public void setConfirmEntry(boolean confirmEntry) {
        this.confirmEntry = confirmEntry;
    }

    public boolean isFailOnNotEntered() {
        return failOnNotEntered;
    }

    public void setFailOnNotEntered(boolean failOnNotEntered) {
        this.failOnNotEntered = failOnNotEntered;
    }

    public long getConfirmTimeout() {
        return confirmTimeout;
    }

    public void setConfirmTimeout(long confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }

    public long getConfirmInterval() {
        return confirmInterval;
    }

    public void setConfirmInterval(long confirmInterval) {
        this.confirmInterval = confirmInterval;
    }

    public SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    public BatchFullPolicy getBatchFullPolicy() {
        return batchFullPolicy;
    }

    public void setBatchFullPolicy(BatchFullPolicy batchFullPolicy) {
        this.batchFullPolicy = batchFullPolicy;
    }

    public void setConfiguration(SfmcJourneyConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return CredentialsResolver.serviceUrl(configuration);
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        String accountId = configuration.getAccountId();
        return accountId != null ? Map.of("accountId", accountId) : null;
    }
}
