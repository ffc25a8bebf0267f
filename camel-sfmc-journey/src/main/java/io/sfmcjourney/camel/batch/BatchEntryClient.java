package io.sfmcjourney.camel.batch;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.BatchEntryResult;
import io.sfmcjourney.camel.model.SfmcJson;

/**
 * {@link BatchEntryCall} over the component's REST client. Retries are the client's: as a POST, a call is not replayed
 * after a failure that may have reached SFMC unless {@code retryAmbiguousFailures} is set.
 */
public final class BatchEntryClient implements BatchEntryCall {

    private static final SfmcJourneyMethod METHOD = SfmcJourneyMethod.postAsyncEvents;
    private static final String PATH = METHOD.path().render(variable -> {
        throw new IllegalStateException("postAsyncEvents has no path variables");
    });

    private final SfmcRestClient client;
    private final ObjectMapper mapper = SfmcJson.mapper();

    public BatchEntryClient(SfmcRestClient client) {
        this.client = client;
    }

    @Override
    public BatchEntryResult send(BatchEntryRequest request)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        byte[] body = mapper.writeValueAsBytes(request);
        SfmcRequest call = new SfmcRequest(METHOD.name(), METHOD.verb().name(), PATH, List.of(), body, METHOD.replay());
        SfmcResponse response = client.execute(call);
        BatchEntryResult result;
        try {
            result = mapper.readValue(response.body(), BatchEntryResult.class);
        } catch (IOException e) {
            throw unknown(call, response, "the answer is not the JSON expected", e);
        }
        int sent = request.getMembers().size();
        if (result.getMembers().size() != sent) {
            throw unknown(call, response, "SFMC answered " + result.getMembers().size() + " member results for " + sent
                                          + " members (requestId " + result.getRequestId() + ")", null);
        }
        return result;
    }

    private static SfmcOutcomeUnknownException unknown(SfmcRequest call, SfmcResponse response, String reason,
                                                       Exception failure) {
        return new SfmcOutcomeUnknownException(call.method(), call.verb(), call.path(), response.statusCode(),
                response.contentType(), reason, failure);
    }
}
