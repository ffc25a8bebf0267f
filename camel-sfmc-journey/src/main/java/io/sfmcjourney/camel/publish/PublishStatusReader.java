package io.sfmcjourney.camel.publish;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.PublishStatus;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;

/** Reads one publish status with the {@code publishStatus} method, on the same request and client path as producers. */
public final class PublishStatusReader {

    private final SfmcRequestFactory requests;
    private final SfmcRestClient client;

    public PublishStatusReader(SfmcJourneyEndpointOptions options, SfmcRestClient client) {
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
        return parse(statusId, client.execute(request(statusId)));
    }

    /** As {@link #read}, as an asynchronous call holding no thread while it waits to retry. */
    public CompletableFuture<PublishStatus> readAsync(String statusId, SfmcAsyncCalls calls) {
        SfmcRequest request;
        try {
            request = request(statusId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return calls.execute(client, request).thenApply(response -> {
            try {
                return parse(statusId, response);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
    }

    private SfmcRequest request(String statusId) {
        return requests.create(Map.of(PathVariable.id, statusId), Map.of(), null);
    }

    private static PublishStatus parse(String statusId, SfmcResponse response) throws IOException {
        PublishStatus status = SfmcJson.mapper().readValue(response.body(), PublishStatus.class);
        if (status.getStatusId() == null) {
            status.setStatusId(statusId);
        }
        return status;
    }
}
