package io.sfmcjourney.camel.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls without holding a thread while they wait: each attempt (token lookup and the blocking HTTP exchange of
 * HttpClient 5 classic) runs on the component's bounded I/O pool (the first one optionally on the caller's thread,
 * {@link #executeFromCaller}), and every wait between attempts (Retry-After,
 * back-off, token back-off) and every {@link #delay delayed step} (e.g. the next publish status check) is a task on a
 * scheduler that holds no thread until it is due. So however many exchanges wait, the threads in use stay the I/O
 * pool's size plus the scheduler's. Thread-safe.
 */
public final class SfmcAsyncCalls {

    private final Executor io;
    private final ScheduledExecutorService scheduler;

    /**
     * @param io        runs the attempts (blocking HTTP exchanges); its size bounds the calls on the wire at once
     * @param scheduler runs the due continuations; they only hand work to {@code io}, so one thread suffices
     */
    public SfmcAsyncCalls(Executor io, ScheduledExecutorService scheduler) {
        this.io = Objects.requireNonNull(io, "io");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** The scheduler of due continuations, for other short timer tasks (e.g. batch timeouts); never blocked. */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /**
     * Executes the call as {@link SfmcRestClient#execute} does (same retries, 401 replays and outcome rules), completing
     * the future on an I/O thread with the answer or with the exception {@code execute} would throw.
     */
    public CompletableFuture<SfmcResponse> execute(SfmcRestClient client, SfmcRequest request) {
        return start(client, request, false);
    }

    /**
     * As {@link #execute}, but the first attempt runs on the calling thread: a call that needs no wait completes
     * before this method returns, without a hand-off between threads (what a synchronous caller, e.g.
     * {@code ProducerTemplate.requestBody}, would otherwise pay twice per call). Only the attempts after a wait run on
     * the I/O pool. The caller's thread is busy for the one HTTP exchange, never for a wait.
     */
    public CompletableFuture<SfmcResponse> executeFromCaller(SfmcRestClient client, SfmcRequest request) {
        return start(client, request, true);
    }

    private CompletableFuture<SfmcResponse> start(SfmcRestClient client, SfmcRequest request, boolean here) {
        CompletableFuture<SfmcResponse> result = new CompletableFuture<>();
        SfmcRestClient.Attempts attempts;
        try {
            attempts = client.attempts(request);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return result;
        }
        if (here) {
            attempt(attempts, result);
        } else {
            submit(attempts, result);
        }
        return result;
    }

    /**
     * A future completed on an I/O thread with {@code step}'s value once {@code delay} has passed; no thread waits
     * meanwhile.
     */
    public <T> CompletableFuture<T> delay(Duration delay, Step<T> step) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                result.complete(step.run());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        after(delay, run, result, null);
        return result;
    }

    private void submit(SfmcRestClient.Attempts attempts, CompletableFuture<SfmcResponse> result) {
        run(() -> attempt(attempts, result), result, null);
    }

    private void attempt(SfmcRestClient.Attempts attempts, CompletableFuture<SfmcResponse> result) {
        Duration wait;
        try {
            wait = attempts.attempt();
        } catch (Throwable e) {
            result.completeExceptionally(e);
            return;
        }
        if (wait == null) {
            result.complete(attempts.response());
        } else {
            after(wait, () -> attempt(attempts, result), result, attempts.failureWithoutRetry());
        }
    }

    /**
     * Runs {@code task} on the I/O pool after {@code delay} (at once when not positive). When the pools refuse it (the
     * component stops), {@code result} fails with {@code failure} (the call's outcome without the retry, e.g.
     * {@code SfmcOutcomeUnknownException} after an ambiguous attempt) or, without one, a RejectedExecutionException.
     */
    private void after(Duration delay, Runnable task, CompletableFuture<?> result, Exception failure) {
        if (delay.isNegative() || delay.isZero()) {
            run(task, result, failure);
            return;
        }
        try {
            scheduler.schedule(() -> run(task, result, failure), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            refused(result, failure, e);
        }
    }

    private void run(Runnable task, CompletableFuture<?> result, Exception failure) {
        try {
            io.execute(task);
        } catch (RejectedExecutionException e) {
            refused(result, failure, e);
        }
    }

    private static void refused(CompletableFuture<?> result, Exception failure, RejectedExecutionException e) {
        RejectedExecutionException stopped = new RejectedExecutionException(
                "sfmc-journey: the component is stopping, the call was not continued", e);
        if (failure != null) {
            failure.addSuppressed(stopped);
            result.completeExceptionally(failure);
        } else {
            result.completeExceptionally(stopped);
        }
    }

    /** The failure a future completed with, unwrapped from {@link CompletionException}/{@link ExecutionException}. */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
               && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** {@code failure} as the future's failure: unwrapped, then wrapped once for {@code thenApply} and the like. */
    public static CompletionException completionFailure(Throwable failure) {
        return new CompletionException(cause(failure));
    }


    /** Work done on an I/O thread once due. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws Exception;
    }
}
