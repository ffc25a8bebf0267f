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
import io.sfmcjourney.camel.metrics.SfmcMetrics;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
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
        int sent = request.getMembers().size();
        SfmcMetrics metrics = client.metrics();
        metrics.batchSent(sent);
        SfmcResponse response;
        try {
            response = client.execute(call);
        } catch (IOException | SfmcJourneyApiException | SfmcOutcomeUnknownException | RuntimeException e) {
            metrics.batchFailed(sent, e);
            throw e;
        }
        BatchEntryResult result;
        try {
            result = mapper.readValue(response.body(), BatchEntryResult.class);
        } catch (IOException e) {
            throw unknown(call, response, sent, "the answer is not the JSON expected", e);
        }
        if (result.getMembers().size() != sent) {
            throw unknown(call, response, sent, "SFMC answered " + result.getMembers().size() + " member results for "
                                                + sent + " members (requestId " + result.getRequestId() + ")", null);
        }
        int notQueued = (int) result.getMembers().stream().filter(BatchEntryMemberResult::hasError).count();
        metrics.batchAnswered(sent - notQueued, notQueued);
        return result;
    }

    private SfmcOutcomeUnknownException unknown(SfmcRequest call, SfmcResponse response, int members, String reason,
                                                Exception failure) {
        SfmcOutcomeUnknownException unknown = new SfmcOutcomeUnknownException(call.operation(), call.verb(),
                call.path(), response.statusCode(), response.contentType(), reason, failure);
        client.metrics().outcomeUnknown(unknown);
        client.metrics().batchFailed(members, unknown);
        return unknown;
    }
}
