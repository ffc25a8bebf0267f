package io.sfmcjourney.camel;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.health.SfmcJourneyProducerHealthCheck;
import io.sfmcjourney.camel.consumer.PublishFollowUp;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls the endpoint's API method once per message: builds the request (headers over options), sends it, and puts
 * the answer into the body and its status into {@link Exchange#HTTP_RESPONSE_CODE}. A non-2xx answer fails the
 * exchange with {@link SfmcJourneyApiException}. After a publishAsync it hands the publish to
 * {@link PublishFollowUp} (publishStatus consumers follow it; {@code waitForPublish} waits for its end).
 */
public class SfmcJourneyProducer extends DefaultProducer {

    private final SfmcJourneyEndpoint endpoint;
    private SfmcRequestFactory requests;
    private ResponseBodyMapper responses;
    private SfmcRestClient client;
    private BusinessUnitClients businessUnits;
    private SfmcJourneyProducerHealthCheck healthCheck;
    private PublishFollowUp publishes;

    public SfmcJourneyProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        requests = new SfmcRequestFactory(endpoint.getApiMethod(), endpoint.getConfiguration());
        responses = endpoint.responseMapper();
        client = endpoint.createRestClient();
        businessUnits = new BusinessUnitClients(endpoint, client);
        healthCheck = SfmcJourneyProducerHealthCheck.register(endpoint, client.tokenManager());
        publishes = endpoint.getApiMethod().startsPublish() ? new PublishFollowUp(endpoint, client) : null;
    }

    /** The answer as message body; an answer that is not the JSON it claims to be fails naming the method. */
    private Object body(SfmcResponse response) throws IOException {
        try {
            return responses.toBody(response);
        } catch (JsonProcessingException e) {
            throw new IOException(requests.method().name() + ": the answer (HTTP " + response.statusCode()
                                  + ", Content-Type " + contentType(response) + ") is not the JSON expected: "
                                  + e.getOriginalMessage(), e);
        }
    }

    private static String contentType(SfmcResponse response) {
        return response.headers().entrySet().stream().filter(h -> "content-type".equalsIgnoreCase(h.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("none");
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
        SfmcResponse response = target.execute(request);
        message.setBody(body(response));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.statusCode());
        if (publishes != null) {
            publishes.afterPublish(exchange, response);
        }
    }
}
