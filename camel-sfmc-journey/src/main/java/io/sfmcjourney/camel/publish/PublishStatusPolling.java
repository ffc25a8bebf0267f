package io.sfmcjourney.camel.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.model.PublishStatus;

/**
 * Waits for a started publish to end without holding a thread: each status check is due per {@link StatusPollSchedule}
 * (never after the publish's timeout) and runs as a scheduled continuation, the status read itself as an asynchronous
 * call. Completes with the {@link PublishResult}: finished, or timed out.
 */
final class PublishStatusPolling {

    private final StatusPollSchedule schedule;
    private final PublishStatusReader reader;
    private final SfmcAsyncCalls calls;

    PublishStatusPolling(StatusPollSchedule schedule, PublishStatusReader reader, SfmcAsyncCalls calls) {
        this.schedule = schedule;
        this.reader = reader;
        this.calls = calls;
    }

    /** The publish's end; fails with the status read's exception. */
    CompletableFuture<PublishResult> await(StartedPublish publish) {
        return check(publish, publish.startedAt().plus(schedule.timeout()), 0);
    }

    private CompletableFuture<PublishResult> check(StartedPublish publish, Instant deadline, int checks) {
        Duration wait = schedule.delayBefore(checks);
        Duration left = Duration.between(Instant.now(), deadline);
        Duration delay = left.isNegative() ? Duration.ZERO : wait.compareTo(left) > 0 ? left : wait;
        return calls.delay(delay, () -> publish.statusId())
                .thenCompose(statusId -> reader.readAsync(statusId, calls))
                .thenCompose(status -> next(publish, deadline, checks, status));
    }

    private CompletableFuture<PublishResult> next(StartedPublish publish, Instant deadline, int checks,
                                                  PublishStatus status) {
        if (status.isFinished()) {
            return CompletableFuture.completedFuture(PublishResult.finished(publish, status));
        }
        if (!Instant.now().isBefore(deadline)) {
            return CompletableFuture.completedFuture(PublishResult.timedOut(publish));
        }
        return check(publish, deadline, checks + 1);
    }
}
