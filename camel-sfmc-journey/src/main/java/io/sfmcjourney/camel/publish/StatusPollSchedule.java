package io.sfmcjourney.camel.publish;

import java.time.Duration;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;

/**
 * When to check a publish's status: the first check after {@code initialDelay}, each later one after twice the
 * previous wait (at least {@value #MIN_STEP_MILLIS} ms), never more than {@code maxInterval} apart; a publish still in
 * process after {@code timeout} has timed out.
 *
 * @param initialDelay the wait before the first check
 * @param maxInterval  the longest wait between checks
 * @param timeout      how long a publish may stay in process
 */
public record StatusPollSchedule(Duration initialDelay, Duration maxInterval, Duration timeout) {

    static final long MIN_STEP_MILLIS = 100;

    public static StatusPollSchedule of(SfmcJourneyConfiguration configuration) {
        return new StatusPollSchedule(Duration.ofMillis(configuration.getStatusPollInitialDelay()),
                Duration.ofMillis(Math.max(configuration.getStatusPollMaxInterval(),
                        configuration.getStatusPollInitialDelay())),
                Duration.ofMillis(configuration.getPublishTimeout()));
    }

    /** The wait before check number {@code checksDone + 1}. */
    public Duration delayBefore(int checksDone) {
        if (checksDone == 0) {
            return initialDelay;
        }
        Duration delay = initialDelay.toMillis() < MIN_STEP_MILLIS ? Duration.ofMillis(MIN_STEP_MILLIS) : initialDelay;
        for (int i = 0; i < checksDone && delay.compareTo(maxInterval) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxInterval) > 0 ? maxInterval : delay;
    }
}
