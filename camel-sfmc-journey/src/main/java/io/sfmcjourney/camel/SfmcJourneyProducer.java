package io.sfmcjourney.camel;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.health.SfmcJourneyProducerHealthCheck;
import io.sfmcjourney.camel.publish.StartedPublishHandler;
import io.sfmcjourney.camel.producer.KeyToIdRedirect;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls the endpoint's API method once per message: builds the request (headers over options), sends it, and puts
 * the answer into the body and its status into {@link Exchange#HTTP_RESPONSE_CODE}. A non-2xx answer, or a 2xx carrying
 * SFMC's error envelope, fails the exchange with {@link SfmcJourneyApiException}; a failure after which SFMC may
 * have acted with {@link SfmcOutcomeUnknownException}. After a publishAsync it hands the publish to
 * {@link StartedPublishHandler} (publishStatus consumers follow it; {@code waitForPublish} waits for its end); a redelivery
 * of the same exchange resumes following it instead of publishing again. deleteInteractionByKey with a versionNumber
 * deletes by id ({@link KeyToIdRedirect}). Asynchronous: no thread is held while the call waits (see
 * {@link SfmcAsyncCalls}).
 */
public class SfmcJourneyProducer extends DefaultAsyncProducer {

    /** The shared outcome of a call that is done once answered (completed, never completed again). */
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final SfmcJourneyEndpoint endpoint;
    private SfmcRequestFactory requests;
    private ResponseBodyMapper responses;
    private SfmcRestClient client;
    private BusinessUnitClients businessUnits;
    private SfmcJourneyProducerHealthCheck healthCheck;
    private StartedPublishHandler publishes;
    private KeyToIdRedirect keyToId;
    private SfmcAsyncCalls calls;
    /** {@link #call}, bound once rather than on every message. */
    private final AsyncCompletion.Call call = this::call;

    public SfmcJourneyProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        requests = new SfmcRequestFactory(endpoint.getMethod(), endpoint.getOptions(), endpoint.getUriOptions());
        responses = endpoint.responseMapper();
        client = endpoint.createRestClient();
        calls = endpoint.getComponent().asyncCalls();
        businessUnits = new BusinessUnitClients(endpoint, client);
        healthCheck = SfmcJourneyProducerHealthCheck.register(endpoint, client.tokenManager());
        publishes = endpoint.getMethod().startsPublish() ? new StartedPublishHandler(endpoint, client, calls) : null;
        keyToId = KeyToIdRedirect.applies(endpoint.getMethod()) ? new KeyToIdRedirect(endpoint.getMethod()) : null;
    }

    /**
     * The answer as message body; a 2xx that is not the JSON it claims to be fails with
     * {@link SfmcOutcomeUnknownException} (SFMC may have acted, the component cannot tell).
     */
    private Object body(SfmcRequest request, SfmcResponse response) throws IOException, SfmcOutcomeUnknownException {
        try {
            return responses.toBody(response);
        } catch (JsonProcessingException e) {
            throw new SfmcOutcomeUnknownException(request.method(), request.verb(), request.path(),
                    response.statusCode(), response.contentType(), "the answer is not the JSON expected", e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthCheck.unregister();
            healthCheck = null;
        }
        super.doStop();
    }

    /**
     * Asynchronous: the first attempt runs on the calling thread (completing synchronously when no wait is needed);
     * every wait (retry, waitForPublish) is a scheduled continuation and the attempts after it run on the component's
     * I/O pool, so the exchange holds no thread while it waits; the route then continues on an I/O thread.
     */
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        return AsyncCompletion.process(exchange, callback, call);
    }

    private CompletableFuture<Void> call(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        message.setHeader(SfmcJourneyConstants.METHOD, requests.method().name());
        SfmcRestClient target = businessUnits.forMessage(message);
        SfmcRequest request = requests.create(exchange);
        if (publishes != null) {
            CompletableFuture<Void> resumed = publishes.resume(exchange, request);
            if (resumed != null) {
                return resumed;
            }
        }
        if (keyToId != null) {
            return keyToId.resolveAsync(request, target, calls).thenCompose(sent -> send(exchange, target, sent));
        }
        return send(exchange, target, request);
    }

    private CompletableFuture<Void> send(Exchange exchange, SfmcRestClient target, SfmcRequest request) {
        CompletableFuture<SfmcResponse> call = calls.executeFromCaller(target, request);
        if (call.isDone() && !call.isCompletedExceptionally()) {
            return answered(exchange, request, call.join()); // answered at once on this thread: no stage to chain
        }
        return call.thenCompose(response -> answered(exchange, request, response));
    }

    private CompletableFuture<Void> answered(Exchange exchange, SfmcRequest request, SfmcResponse response) {
        try {
            Message message = exchange.getMessage();
            message.setBody(body(request, response));
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.statusCode());
            return publishes != null ? publishes.afterPublish(exchange, request, response) : DONE;
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
