package io.sfmcjourney.camel;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.health.SfmcJourneyProducerHealthCheck;
import io.sfmcjourney.camel.publish.StartedPublishHandler;
import io.sfmcjourney.camel.producer.KeyToIdRedirect;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls the endpoint's API method once per message: builds the request (headers over options), sends it, and puts
 * the answer into the body and its status into {@link Exchange#HTTP_RESPONSE_CODE}. A non-2xx answer, or a 2xx carrying
 * SFMC's error envelope, fails the exchange with {@link SfmcJourneyApiException}; a failure after which SFMC may
 * have acted with {@link SfmcOutcomeUnknownException}. After a publishAsync it hands the publish to
 * {@link StartedPublishHandler} (publishStatus consumers follow it; {@code waitForPublish} waits for its end); a redelivery
 * of the same exchange resumes following it instead of publishing again. deleteInteractionByKey with a versionNumber
 * deletes by id ({@link KeyToIdRedirect}).
 */
public class SfmcJourneyProducer extends DefaultProducer {

    private final SfmcJourneyEndpoint endpoint;
    private SfmcRequestFactory requests;
    private ResponseBodyMapper responses;
    private SfmcRestClient client;
    private BusinessUnitClients businessUnits;
    private SfmcJourneyProducerHealthCheck healthCheck;
    private StartedPublishHandler publishes;
    private KeyToIdRedirect keyToId;

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
        businessUnits = new BusinessUnitClients(endpoint, client);
        healthCheck = SfmcJourneyProducerHealthCheck.register(endpoint, client.tokenManager());
        publishes = endpoint.getMethod().startsPublish() ? new StartedPublishHandler(endpoint, client) : null;
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

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        message.setHeader(SfmcJourneyConstants.METHOD, requests.method().name());
        SfmcRestClient target = businessUnits.forMessage(message);
        SfmcRequest request = requests.create(exchange);
        if (publishes != null && publishes.resume(exchange, request)) {
            return;
        }
        if (keyToId != null) {
            request = keyToId.resolve(request, target);
        }
        SfmcResponse response = target.execute(request);
        message.setBody(body(request, response));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.statusCode());
        if (publishes != null) {
            publishes.afterPublish(exchange, request, response);
        }
    }
}
