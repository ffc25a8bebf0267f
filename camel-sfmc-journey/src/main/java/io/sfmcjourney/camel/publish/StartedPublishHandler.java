package io.sfmcjourney.camel.publish;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.SfmcPublishFailedException;
import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.AsyncOperation;
import io.sfmcjourney.camel.model.PublishStatus;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What a producer does after a successful publishAsync: reports the publish to the component's
 * {@link PublishRegistry} (so publishStatus consumers follow it), sets {@code CamelSfmcJourneyStatusId}, and with
 * {@code waitForPublish} checks the status per {@link StatusPollSchedule} until the publish ends, making the
 * {@link PublishResult} the body. With {@code failOnPublishError} an {@code Error} or {@code Timeout} result fails the
 * exchange with {@link SfmcPublishFailedException}. The waiting holds no thread: each check is a scheduled continuation
 * ({@link PublishStatusPolling}) and the answers complete a future.
 * <p>
 * A publish is started at most once per exchange: the started publish is kept in the exchange property
 * {@value #STARTED_PUBLISHES} (per request), and a Camel redelivery of the same exchange (e.g. after a failing status
 * read) resumes following it instead of calling publishAsync again.
 */
public final class StartedPublishHandler {

    /** Exchange property: the publishes this exchange started, by request ({@code verb path?query}). */
    public static final String STARTED_PUBLISHES = "CamelSfmcJourneyStartedPublishes";

    private final SfmcJourneyEndpoint endpoint;
    private final SfmcJourneyConfiguration configuration;
    private final SfmcJourneyEndpointOptions options;
    private final PublishStatusPolling polling;

    /**
     * @param endpoint the publishInteractionById/ByKey endpoint
     * @param client   the producer's REST client
     * @param calls    runs the status reads and the waits between them
     */
    public StartedPublishHandler(SfmcJourneyEndpoint endpoint, SfmcRestClient client, SfmcAsyncCalls calls) {
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.options = endpoint.getOptions();
        StatusPollSchedule schedule = StatusPollSchedule.of(configuration);
        this.polling = new PublishStatusPolling(schedule, new PublishStatusReader(options, client), calls);
    }

    /**
     * Resumes following a publish this exchange already started with the same request (a redelivery).
     *
     * @return null when the exchange has not started this publish yet (the call must be made), else the follow-up's
     *         end
     */
    public CompletableFuture<Void> resume(Exchange exchange, SfmcRequest request) {
        StartedPublish publish = started(exchange).get(identity(request));
        if (publish == null) {
            return null;
        }
        Message message = exchange.getMessage();
        message.setBody(Map.of("statusId", publish.statusId()));
        return follow(exchange, publish);
    }

    /**
     * Follows up the publish the exchange just started.
     *
     * @param exchange the exchange of the publish call, its message still carrying the call's headers
     * @param request  the publishAsync request
     * @param response the publishAsync answer
     * @return the follow-up's end: at once without {@code waitForPublish}, else when the publish ended
     * @throws SfmcOutcomeUnknownException when the answer is not the JSON expected
     */
    public CompletableFuture<Void> afterPublish(Exchange exchange, SfmcRequest request, SfmcResponse response)
            throws SfmcOutcomeUnknownException {
        if (!response.hasBody()) {
            return CompletableFuture.completedFuture(null);
        }
        AsyncOperation operation;
        try {
            operation = SfmcJson.mapper().readValue(response.body(), AsyncOperation.class);
        } catch (IOException e) {
            SfmcOutcomeUnknownException unknown = new SfmcOutcomeUnknownException(request.method(), request.verb(),
                    request.path(), response.statusCode(), response.contentType(), "the answer is not the JSON expected",
                    e);
            endpoint.getComponent().getMetrics().outcomeUnknown(unknown);
            throw unknown;
        }
        if (operation.getStatusId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        StartedPublish publish = describe(exchange.getMessage(), operation.getStatusId());
        started(exchange).put(identity(request), publish);
        endpoint.getComponent().getPublishRegistry().publishStarted(publish, options.getPublishStore());
        return follow(exchange, publish);
    }

    private CompletableFuture<Void> follow(Exchange exchange, StartedPublish publish) {
        exchange.getMessage().setHeader(SfmcJourneyConstants.STATUS_ID, publish.statusId());
        if (!options.isWaitForPublish()) {
            return CompletableFuture.completedFuture(null);
        }
        return polling.await(publish).thenAccept(result -> {
            endpoint.getComponent().getMetrics().publishEnded(endpoint.getMethod().name(), result.getStatus(),
                    Duration.between(publish.startedAt(), Instant.now()));
            result.applyTo(exchange.getMessage());
            if (!result.isCompleted() && configuration.isFailOnPublishError()) {
                throw new CompletionException(new SfmcPublishFailedException(exchange, result));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, StartedPublish> started(Exchange exchange) {
        Map<String, StartedPublish> started = exchange.getProperty(STARTED_PUBLISHES, Map.class);
        if (started == null) {
            started = new ConcurrentHashMap<>();
            exchange.setProperty(STARTED_PUBLISHES, started);
        }
        return started;
    }

    private static String identity(SfmcRequest request) {
        return request.verb() + " " + request.path() + "?" + request.query();
    }

    private StartedPublish describe(Message message, String statusId) {
        Integer version = message.getHeader(SfmcJourneyConstants.VERSION_NUMBER, Integer.class);
        return new StartedPublish(statusId, pathValue(message, PathVariable.id), pathValue(message, PathVariable.key),
                version != null ? version : options.getVersionNumber(), endpoint.getCredentials(),
                Instant.now());
    }

    private String pathValue(Message message, PathVariable variable) {
        if (!endpoint.getMethod().pathVariables().contains(variable)) {
            return null;
        }
        String value = message.getHeader(variable.header(), String.class);
        return value != null ? value : variable.optionValue(options);
    }
}
