package io.sfmcjourney.camel.batch;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
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
    private final SfmcAsyncCalls calls;
    private final boolean fromCaller;

    public BatchEntryClient(SfmcRestClient client) {
        this(client, null, false);
    }

    /**
     * @param calls      runs {@link #sendAsync} without holding a thread while it waits; null to send on the caller's
     * @param fromCaller whether {@link #sendAsync} makes the first attempt on the calling thread (list mode: the
     *                   sending route's thread) or hands every attempt to the I/O pool (the batcher, whose calls start
     *                   on a timer or on a submitting thread that must not wait for them)
     */
    public BatchEntryClient(SfmcRestClient client, SfmcAsyncCalls calls, boolean fromCaller) {
        this.client = client;
        this.calls = calls;
        this.fromCaller = fromCaller;
    }

    @Override
    public BatchEntryResult send(BatchEntryRequest request)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        SfmcRequest call = call(request);
        int sent = request.getMembers().size();
        client.metrics().batchSent(sent);
        SfmcResponse response;
        try {
            response = client.execute(call);
        } catch (IOException | SfmcJourneyApiException | SfmcOutcomeUnknownException | RuntimeException e) {
            client.metrics().batchFailed(sent, e);
            throw e;
        }
        return result(call, response, sent);
    }

    @Override
    public CompletableFuture<BatchEntryResult> sendAsync(BatchEntryRequest request) {
        if (calls == null) {
            return BatchEntryCall.super.sendAsync(request);
        }
        SfmcRequest call;
        try {
            call = call(request);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        int sent = request.getMembers().size();
        client.metrics().batchSent(sent);
        CompletableFuture<SfmcResponse> answer
                = fromCaller ? calls.executeFromCaller(client, call) : calls.execute(client, call);
        answer.whenComplete((response, failure) -> {
            if (failure != null && SfmcAsyncCalls.cause(failure) instanceof Exception e) {
                client.metrics().batchFailed(sent, e);
            }
        });
        return answer.thenApply(response -> {
            try {
                return result(call, response, sent);
            } catch (SfmcOutcomeUnknownException e) {
                throw new CompletionException(e);
            }
        });
    }

    private SfmcRequest call(BatchEntryRequest request) throws IOException {
        byte[] body = mapper.writeValueAsBytes(request);
        return new SfmcRequest(METHOD.name(), METHOD.verb().name(), PATH, List.of(), body, METHOD.replay());
    }

    private BatchEntryResult result(SfmcRequest call, SfmcResponse response, int sent)
            throws SfmcOutcomeUnknownException {
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
        client.metrics().batchAnswered(sent - notQueued, notQueued);
        return result;
    }

    private SfmcOutcomeUnknownException unknown(SfmcRequest call, SfmcResponse response, int members, String reason,
                                                Exception failure) {
        SfmcOutcomeUnknownException unknown = new SfmcOutcomeUnknownException(call.method(), call.verb(),
                call.path(), response.statusCode(), response.contentType(), reason, failure);
        client.metrics().outcomeUnknown(unknown);
        client.metrics().batchFailed(members, unknown);
        return unknown;
    }
}
