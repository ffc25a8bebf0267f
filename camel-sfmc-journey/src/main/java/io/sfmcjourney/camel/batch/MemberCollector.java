package io.sfmcjourney.camel.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.BatchEntryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects single members into batch calls: one open batch per event definition key, sent when it holds
 * {@code batchSize} members or its oldest member has waited {@code batchTimeout}. Each member's {@link Completion}
 * learns its own result, or the failure of its batch call. At most {@code concurrency} calls are in flight; further
 * full batches queue (as data, not threads) until one answers. At most {@code maxPending} members wait or are in
 * flight; beyond that {@link #submit} blocks for room or refuses the member, per {@link BatchFullPolicy}. Thread-safe.
 */
public final class MemberCollector {

    private static final Logger LOG = LoggerFactory.getLogger(MemberCollector.class);

    private final BatchEntryCall call;
    private final int batchSize;
    private final long timeoutNanos;
    private final int maxPending;
    private final Semaphore room;
    private final BatchFullPolicy fullPolicy;
    private final int concurrency;
    private final ScheduledExecutorService timers;

    private final Object lock = new Object();
    /** The batch being filled per event definition key; guarded by {@link #lock}. */
    private final Map<String, Batch> open = new HashMap<>();
    /** Full batches waiting for a call slot; guarded by {@link #lock}. */
    private final Deque<Batch> ready = new ArrayDeque<>();
    /** Calls in flight; guarded by {@link #lock}. */
    private int inFlight;
    private boolean closed;

    /**
     * @param call       sends one batch
     * @param batchSize  members per call, 1 to {@value BatchEntryRequest#MAX_MEMBERS}
     * @param timeout    how long the first member of a batch waits at most before the batch is sent
     * @param maxPending  the most members waiting or in flight
     * @param fullPolicy  what {@link #submit} does when {@code maxPending} members are pending
     * @param concurrency the most calls in flight at once
     * @param timers      runs the batch timeouts (short tasks: a due batch is handed to {@link BatchEntryCall#sendAsync})
     */
    public MemberCollector(BatchEntryCall call, int batchSize, Duration timeout, int maxPending,
                           BatchFullPolicy fullPolicy, int concurrency, ScheduledExecutorService timers) {
        if (batchSize < 1 || batchSize > BatchEntryRequest.MAX_MEMBERS) {
            throw new IllegalArgumentException(
                    "batchSize must be within 1.." + BatchEntryRequest.MAX_MEMBERS + " but was " + batchSize);
        }
        if (maxPending < batchSize) {
            throw new IllegalArgumentException(
                    "batchMaxPending (" + maxPending + ") must be at least batchSize (" + batchSize + ")");
        }
        this.call = call;
        this.batchSize = batchSize;
        this.timeoutNanos = Math.max(0, timeout.toNanos());
        this.maxPending = maxPending;
        if (concurrency < 1) {
            throw new IllegalArgumentException("batchConcurrency must be at least 1 but was " + concurrency);
        }
        this.room = new Semaphore(maxPending);
        this.fullPolicy = fullPolicy;
        this.concurrency = concurrency;
        this.timers = timers;
    }

    /**
     * Adds a member to the open batch of its key. While {@code maxPending} members are pending it waits for room
     * ({@link BatchFullPolicy#Block}) or refuses the member ({@link BatchFullPolicy#Fail}).
     *
     * @throws RejectedExecutionException when the batcher is closed, or full under {@link BatchFullPolicy#Fail}
     * @throws InterruptedException       when interrupted while waiting for room
     */
    public void submit(String eventDefinitionKey, BatchEntryMember member, Completion completion)
            throws InterruptedException {
        if (fullPolicy == BatchFullPolicy.Block) {
            room.acquire();
        } else if (!room.tryAcquire()) {
            throw new RejectedExecutionException("postAsyncEvents: batchMaxPending (" + maxPending + ") members are "
                                                 + "already waiting or in flight, so this member is refused "
                                                 + "(batchFullPolicy=Fail); raise batchMaxPending, slow the route "
                                                 + "down, or set batchFullPolicy=Block to wait for room");
        }
        Batch full = null;
        synchronized (lock) {
            if (closed) {
                room.release();
                throw new RejectedExecutionException("postAsyncEvents: the batch entry producer is stopped");
            }
            Batch batch = open.get(eventDefinitionKey);
            if (batch == null) {
                batch = new Batch(eventDefinitionKey, batchSize);
                open.put(eventDefinitionKey, batch);
                Batch scheduled = batch;
                batch.timer = timers.schedule(() -> sendIfOpen(scheduled), timeoutNanos, TimeUnit.NANOSECONDS);
            }
            batch.add(member, completion);
            if (batch.size() >= batchSize) {
                open.remove(eventDefinitionKey);
                batch.timer.cancel(false);
                full = batch;
            }
        }
        if (full != null) {
            dispatch(full);
        }
    }

    /** Members waiting for their batch to be sent or for its answer. */
    public int pending() {
        return maxPending - room.availablePermits();
    }

    /** Sends every open batch now, without waiting for it to fill or time out (e.g. when the route shuts down). */
    public void flush() {
        flush(false);
    }

    /**
     * Stops accepting members, sends every open batch now and waits up to {@code timeout} for the calls to answer.
     *
     * @return whether every call answered within the timeout
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        flush(true);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (inFlight > 0 || !ready.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
        return true;
    }

    private void flush(boolean close) {
        List<Batch> rest;
        synchronized (lock) {
            closed |= close;
            rest = new ArrayList<>(open.values());
            open.clear();
        }
        for (Batch batch : rest) {
            batch.timer.cancel(false);
            dispatch(batch);
        }
    }

    private void sendIfOpen(Batch batch) {
        synchronized (lock) {
            if (open.get(batch.key) != batch) {
                return;
            }
            open.remove(batch.key);
        }
        dispatch(batch);
    }

    /** Sends the batch when a call slot is free, else queues it for the next free slot. */
    private void dispatch(Batch batch) {
        synchronized (lock) {
            if (inFlight >= concurrency) {
                ready.addLast(batch);
                return;
            }
            inFlight++;
        }
        send(batch);
    }

    private void send(Batch batch) {
        CompletableFuture<BatchEntryResult> answer;
        try {
            answer = call.sendAsync(new BatchEntryRequest(batch.key, batch.members));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((result, failure) -> {
            Exception problem = null;
            if (failure != null) {
                Throwable cause = SfmcAsyncCalls.cause(failure);
                problem = cause instanceof Exception e ? e : new IllegalStateException(cause);
                LOG.debug("postAsyncEvents batch of {} members for {} failed: {}", batch.size(), batch.key,
                        cause.toString());
            }
            complete(batch, result, problem);
            sendNext();
        });
    }

    /** A call answered: its slot goes to the next queued batch, if any. */
    private void sendNext() {
        Batch next;
        synchronized (lock) {
            next = ready.pollFirst();
            if (next == null) {
                inFlight--;
                lock.notifyAll();
                return;
            }
        }
        send(next);
    }

    /** Frees the batch's room first, so that routes continued from the completions can submit again. */
    private void complete(Batch batch, BatchEntryResult result, Exception failure) {
        room.release(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Completion completion = batch.completions.get(i);
            try {
                if (failure != null) {
                    completion.failed(failure);
                } else {
                    completion.completed(result.getMembers().get(i), result.getRequestId());
                }
            } catch (RuntimeException e) {
                LOG.warn("postAsyncEvents: completing member {} of a batch failed", i, e);
            }
        }
    }

    /** Learns the outcome of one member. */
    public interface Completion {

        /** SFMC answered for the member: queued ({@code eventInstanceId}) or not ({@code errorcode}, {@code message}). */
        void completed(BatchEntryMemberResult result, String requestId);

        /** The member's batch call failed as a whole, or the member could not be sent. */
        void failed(Exception failure);
    }

    private static final class Batch {
        final String key;
        final List<BatchEntryMember> members;
        final List<Completion> completions;
        ScheduledFuture<?> timer;

        Batch(String key, int capacity) {
            this.key = key;
            this.members = new ArrayList<>(capacity);
            this.completions = new ArrayList<>(capacity);
        }

        void add(BatchEntryMember member, Completion completion) {
            members.add(member);
            completions.add(completion);
        }

        int size() {
            return members.size();
        }
    }
}
