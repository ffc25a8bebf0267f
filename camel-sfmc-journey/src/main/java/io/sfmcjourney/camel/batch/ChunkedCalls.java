package io.sfmcjourney.camel.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a list in consecutive calls of at most {@code chunkSize} items, in order, and stops at the first failing call.
 * What the calls before it answered is kept: the first call's failure is thrown as is (nothing was sent), a later
 * call's failure is turned into the caller's "incomplete" exception carrying the earlier answers.
 *
 * @param <T> the list items
 * @param <R> one call's answer
 */
public final class ChunkedCalls<T, R> {

    /** One call with at most {@code chunkSize} items. */
    @FunctionalInterface
    public interface Call<T, R> {
        R send(List<T> chunk) throws Exception;
    }

    /** The failure to report when call {@code failedCall} (1-based) of {@code calls} failed after earlier ones did not. */
    @FunctionalInterface
    public interface Incomplete<R> {
        Exception of(int failedCall, int calls, int firstUnsent, int total, List<R> answers, Exception cause);
    }

    private final int chunkSize;

    /**
     * @param chunkSize items per call, at least 1
     * @param max       the most the API takes per call
     */
    public ChunkedCalls(int chunkSize, int max) {
        if (chunkSize < 1 || chunkSize > max) {
            throw new IllegalArgumentException("chunkSize must be within 1.." + max + " but was " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /** The number of calls {@code items} items take. */
    public int calls(int items) {
        return (items + chunkSize - 1) / chunkSize;
    }

    /**
     * Sends every item.
     *
     * @return each call's answer, in order
     * @throws Exception the first call's failure as is; a later call's failure as {@code incomplete} makes it
     */
    public List<R> send(List<T> items, Call<T, R> call, Incomplete<R> incomplete) throws Exception {
        int calls = calls(items.size());
        List<R> answers = new ArrayList<>(calls);
        for (int from = 0; from < items.size(); from += chunkSize) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + chunkSize));
            try {
                answers.add(call.send(chunk));
            } catch (Exception e) {
                if (answers.isEmpty()) {
                    throw e;
                }
                throw incomplete.of(answers.size() + 1, calls, from, items.size(), answers, e);
            }
        }
        return answers;
    }
}
