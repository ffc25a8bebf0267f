package io.sfmcjourney.camel.publish;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.PublishStatus;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/** Reads one publish status with the {@code publishStatus} method, on the same request and client path as producers. */
public final class PublishStatusReader {

    private final CamelContext context;
    private final SfmcRequestFactory requests;
    private final SfmcRestClient client;

    public PublishStatusReader(CamelContext context, SfmcJourneyEndpointOptions options, SfmcRestClient client) {
        this.context = context;
        this.requests = new SfmcRequestFactory(SfmcJourneyMethod.publishStatus, options);
        this.client = client;
    }

    /**
     * The current status of the publish.
     *
     * @throws Exception the client's errors ({@code SfmcJourneyApiException}, {@code IOException}) or an unreadable
     *                   answer
     */
    public PublishStatus read(String statusId) throws Exception {
        Exchange carrier = new DefaultExchange(context);
        carrier.getMessage().setHeader(SfmcJourneyConstants.ID, statusId);
        SfmcResponse response = client.execute(requests.create(carrier));
        PublishStatus status = SfmcJson.mapper().readValue(response.body(), PublishStatus.class);
        if (status.getStatusId() == null) {
            status.setStatusId(statusId);
        }
        return status;
    }
}
