package io.sfmcjourney.camel.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.sfmcjourney.camel.SfmcBatchEntryIncompleteException;
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

    /**
     * @param call      sends one request
     * @param chunkSize members per call, 1 to {@value BatchEntryRequest#MAX_MEMBERS}
     */
    public MemberListSplitter(BatchEntryCall call, int chunkSize) {
        if (chunkSize < 1 || chunkSize > BatchEntryRequest.MAX_MEMBERS) {
            throw new IllegalArgumentException(
                    "chunkSize must be within 1.." + BatchEntryRequest.MAX_MEMBERS + " but was " + chunkSize);
        }
        this.call = call;
        this.chunkSize = chunkSize;
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
        String key = request.getEventDefinitionKey();
        List<BatchEntryMember> members = request.getMembers();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("postAsyncEvents needs an eventDefinitionKey");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("postAsyncEvents needs at least one member");
        }
        int calls = (members.size() + chunkSize - 1) / chunkSize;
        List<BatchEntryResult> answers = new ArrayList<>(calls);
        for (int from = 0; from < members.size(); from += chunkSize) {
            List<BatchEntryMember> chunk = members.subList(from, Math.min(members.size(), from + chunkSize));
            try {
                answers.add(call.send(new BatchEntryRequest(key, chunk)));
            } catch (Exception e) {
                if (answers.isEmpty()) {
                    throw e;
                }
                Result queued = merge(answers);
                throw new SfmcBatchEntryIncompleteException(answers.size() + 1, calls, from, members.size(),
                        queued.merged(), queued.requestIds(), e);
            }
        }
        return merge(answers);
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
