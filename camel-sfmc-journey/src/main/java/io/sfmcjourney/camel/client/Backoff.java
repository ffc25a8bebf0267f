package io.sfmcjourney.camel.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter: retry {@code n} (0-based) waits a random time in
 * {@code [0, min(maxDelay, initialDelay * 2^n)]}. Throttling without a {@code Retry-After} (429 / 50200, "too many
 * concurrent requests") starts from four times the initial delay.
 */
final class Backoff {

    static final int THROTTLED_FACTOR = 4;

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final DoubleSupplier random;

    /** @param random uniform values in [0, 1] */
    Backoff(RetryPolicy policy, DoubleSupplier random) {
        this.initialDelay = Objects.requireNonNull(policy.initialDelay(), "initialDelay");
        this.maxDelay = Objects.requireNonNull(policy.maxDelay(), "maxDelay");
        this.random = random;
    }

    static Backoff jittered(RetryPolicy policy) {
        return new Backoff(policy, () -> ThreadLocalRandom.current().nextDouble());
    }

    Duration delay(int retry) {
        return jitter(ceiling(initialDelay.toMillis(), retry));
    }

    Duration throttledDelay(int retry) {
        return jitter(ceiling(initialDelay.toMillis() * THROTTLED_FACTOR, retry));
    }

    private long ceiling(long startMillis, int retry) {
        long max = maxDelay.toMillis();
        long grown = startMillis;
        for (int i = 0; i < retry && grown < max; i++) {
            grown *= 2;
        }
        return Math.min(grown, max);
    }

    private Duration jitter(long ceilingMillis) {
        return Duration.ofMillis(Math.round(ceilingMillis * random.getAsDouble()));
    }
}
