package io.sfmcjourney.camel;

import java.util.Map;
import java.util.Set;

import io.sfmcjourney.camel.api.ConsumerKind;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.consumer.HistoryConsumer;
import io.sfmcjourney.camel.consumer.HistoryPageRequests;
import io.sfmcjourney.camel.consumer.PublishStatusConsumer;
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
 * <p>One endpoint calls one API method, e.g. sfmc-journey:postInteractionsEvents. Its shared options (connection,
 * retry, behaviour defaults) start as a copy of the component's configuration; the options of its calls, batching and
 * consumer are its own ({@link SfmcJourneyEndpointOptions}). Its URI never shows the client secret.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sfmc-journey", title = "SFMC Journey Builder",
             syntax = "sfmc-journey:method", category = { Category.CLOUD, Category.SAAS },
             headersClass = SfmcJourneyConstants.class)
public class SfmcJourneyEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(label = "common", description = "The API method to call.")
    @Metadata(required = true)
    private final SfmcJourneyMethod method;

    @UriParam
    private SfmcJourneyConfiguration configuration;

    @UriParam
    private SfmcJourneyEndpointOptions options = new SfmcJourneyEndpointOptions();

    private SfmcCredentials credentials;
    private ResponseBodyMapper responseMapper;
    private volatile SfmcRestClient restClient;
    private Set<String> uriOptions = Set.of();

    SfmcJourneyEndpoint(String uri, SfmcJourneyComponent component, SfmcJourneyMethod method,
                        SfmcJourneyConfiguration configuration) {
        super(uri, component);
        this.method = method;
        this.configuration = configuration;
        // a consumer's own polling default (a URI or bean `delay` still wins: it is set after construction)
        if (method.isConsumable()) {
            method.consumerKind().defaultDelay().ifPresent(this::setDelay);
        }
    }

    @Override
    public SfmcJourneyComponent getComponent() {
        return (SfmcJourneyComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (method.isStreamed()) {
            return new SfmcStreamedProducer(this);
        }
        if (method.maxListItems() > 0) {
            return new SfmcListProducer(this);
        }
        return options.isConfirmEntry() ? new SfmcEntryConfirmingProducer(this, entryProducer()) : entryProducer();
    }

    private Producer entryProducer() {
        if (method == SfmcJourneyMethod.postAsyncEvents) {
            return options.getBatchSize() > 0
                    ? new SfmcEntryBatchingProducer(this) : new SfmcAsyncEventsProducer(this);
        }
        return new SfmcJourneyProducer(this);
    }

    /**
     * The polling consumer of the method's {@link ConsumerKind} (getHistory, searchJourneyHistory, publishStatus).
     *
     * @throws UnsupportedOperationException for a method that cannot be consumed, naming those that can
     */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!method.isConsumable()) {
            throw new UnsupportedOperationException("sfmc-journey:" + method + " cannot be consumed (from); "
                                                    + "the methods that can: " + SfmcJourneyMethod.consumableNames()
                                                    + ". Call " + method + " with to(...) instead.");
        }
        Consumer consumer = switch (method.consumerKind()) {
            case HISTORY_QUERY -> new HistoryConsumer(this, processor, HistoryPageRequests.QUERY_PARAMETERS);
            case HISTORY_SEARCH -> new HistoryConsumer(this, processor, HistoryPageRequests.SEARCH_BODY);
            case PUBLISH_STATUS -> new PublishStatusConsumer(this, processor);
        };
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
        if (!options.isConfirmEntry()) {
            return;
        }
        if (method != SfmcJourneyMethod.postInteractionsEvents && method != SfmcJourneyMethod.postAsyncEvents) {
            throw new IllegalArgumentException("sfmc-journey: confirmEntry applies to postInteractionsEvents and "
                                               + "postAsyncEvents only, not " + method);
        }
        if (options.getConfirmTimeout() <= 0 || options.getConfirmInterval() <= 0) {
            throw new IllegalArgumentException("sfmc-journey: confirmTimeout and confirmInterval must be positive "
                                               + "durations (e.g. confirmTimeout=5m&confirmInterval=10s)");
        }
    }

    private Class<?> outputClass() {
        String name = options.getOutputClass();
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

    /** The API method this endpoint calls. */
    public SfmcJourneyMethod getMethod() {
        return method;
    }

    public SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SfmcJourneyConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The endpoint-only options: the values of one call, batching, publish-and-wait and the consumers. */
    public SfmcJourneyEndpointOptions getOptions() {
        return options;
    }

    public void setOptions(SfmcJourneyEndpointOptions options) {
        this.options = options;
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
