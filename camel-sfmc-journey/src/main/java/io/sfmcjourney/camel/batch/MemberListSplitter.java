package io.sfmcjourney.camel.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.sfmcjourney.camel.SfmcBatchEntryIncompleteException;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.BatchEntryResult;

/**
 * Enters a member list of any length: one call per {@code chunkSize} members (at most SFMC's 100), sent one after the
 * other, and the per-member results merged back into request order. Stops at the first failing call: earlier calls
 * are already queued at SFMC, so their results are kept in the {@link SfmcBatchEntryIncompleteException}.
 */
public final class MemberListSplitter {

    private final BatchEntryCall call;
    private final int chunkSize;
    private final ChunkedCalls<BatchEntryMember, BatchEntryResult> chunks;

    /**
     * @param call      sends one request
     * @param chunkSize members per call, 1 to {@value BatchEntryRequest#MAX_MEMBERS}
     */
    public MemberListSplitter(BatchEntryCall call, int chunkSize) {
        this.chunks = new ChunkedCalls<>(chunkSize, BatchEntryRequest.MAX_MEMBERS);
        this.chunkSize = chunkSize;
        this.call = call;
    }

    /**
     * Enters every member of {@code request}.
     *
     * @return the merged result: {@code count} and {@code notQueuedCount} summed, members in request order,
     *         {@code requestId} set only when one call was made; and every call's requestId
     * @throws IllegalArgumentException          when the request has no member or no event definition key
     * @throws SfmcBatchEntryIncompleteException when a call after the first fails (cause: that call's failure)
     * @throws Exception                         the first call's failure as is, when nothing was queued
     */
    public Result enter(BatchEntryRequest request) throws Exception {
        validate(request);
        String key = request.getEventDefinitionKey();
        List<BatchEntryMember> members = request.getMembers();
        return merge(chunks.send(members, chunk -> call.send(new BatchEntryRequest(key, chunk)),
                (failedCall, calls, from, total, answers, e) -> incomplete(failedCall, calls, from, total, answers,
                        e)));
    }

    /**
     * As {@link #enter}, each call made with {@link BatchEntryCall#sendAsync} once the previous one answered, so no
     * thread is held while a call waits; the future fails with what {@link #enter} would throw.
     */
    public CompletableFuture<Result> enterAsync(BatchEntryRequest request) {
        try {
            validate(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        int calls = (request.getMembers().size() + chunkSize - 1) / chunkSize;
        return enterFrom(request, 0, new ArrayList<>(calls), calls);
    }

    private CompletableFuture<Result> enterFrom(BatchEntryRequest request, int from, List<BatchEntryResult> answers,
                                                int calls) {
        List<BatchEntryMember> members = request.getMembers();
        if (from >= members.size()) {
            return CompletableFuture.completedFuture(merge(answers));
        }
        List<BatchEntryMember> chunk = members.subList(from, Math.min(members.size(), from + chunkSize));
        return call.sendAsync(new BatchEntryRequest(request.getEventDefinitionKey(), chunk))
                .handle((answer, failure) -> {
                    if (failure == null) {
                        answers.add(answer);
                        return enterFrom(request, from + chunkSize, answers, calls);
                    }
                    Throwable cause = SfmcAsyncCalls.cause(failure);
                    if (answers.isEmpty() || !(cause instanceof Exception e)) {
                        return CompletableFuture.<Result>failedFuture(cause);
                    }
                    return CompletableFuture.<Result>failedFuture(
                            incomplete(answers.size() + 1, calls, from, members.size(), answers, e));
                })
                .thenCompose(next -> next);
    }

    private static void validate(BatchEntryRequest request) {
        String key = request.getEventDefinitionKey();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("postAsyncEvents needs an eventDefinitionKey");
        }
        if (request.getMembers().isEmpty()) {
            throw new IllegalArgumentException("postAsyncEvents needs at least one member");
        }
    }

    private static SfmcBatchEntryIncompleteException incomplete(int failedCall, int calls, int from, int total,
                                                                List<BatchEntryResult> answers, Exception cause) {
        Result queued = merge(answers);
        return new SfmcBatchEntryIncompleteException(failedCall, calls, from, total, queued.merged(),
                queued.requestIds(), cause);
    }

    private static Result merge(List<BatchEntryResult> answers) {
        BatchEntryResult merged = new BatchEntryResult();
        List<String> requestIds = new ArrayList<>(answers.size());
        int count = 0;
        int notQueued = 0;
        for (BatchEntryResult answer : answers) {
            requestIds.add(answer.getRequestId());
            count += answer.getCount() != null ? answer.getCount() : answer.getMembers().size();
            notQueued += answer.getNotQueuedCount() != null ? answer.getNotQueuedCount() : 0;
            merged.getMembers().addAll(answer.getMembers());
        }
        merged.setCount(count);
        merged.setNotQueuedCount(notQueued);
        merged.setRequestId(answers.size() == 1 ? answers.get(0).getRequestId() : null);
        return new Result(merged, Collections.unmodifiableList(requestIds));
    }

    /**
     * The outcome of one or more calls.
     *
     * @param merged     the per-member results in request order, counts summed
     * @param requestIds SFMC's requestId of each call, in order
     */
    public record Result(BatchEntryResult merged, List<String> requestIds) {
    }
}
