package io.sfmcjourney.camel.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class StatusPollScheduleTest {

    @Test
    void waitsTheInitialDelayThenDoublesUpToTheMaximum() {
        StatusPollSchedule schedule = new StatusPollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofMinutes(10));

        assertThat(schedule.delayBefore(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.delayBefore(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.delayBefore(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.delayBefore(3)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.delayBefore(1000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aZeroInitialDelayStillBacksOff() {
        StatusPollSchedule schedule = new StatusPollSchedule(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofMinutes(1));

        assertThat(schedule.delayBefore(0)).isZero();
        assertThat(schedule.delayBefore(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(schedule.delayBefore(5)).isEqualTo(Duration.ofSeconds(1));
    }
}
