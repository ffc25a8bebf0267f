package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class OverlapWindowTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 31, 12, 0);

    @Test
    void remembersEmittedRecordsAndMovesTheWatermarkToTheNewest() {
        OverlapWindow window = new OverlapWindow(T0, Duration.ofMinutes(5));

        window.add("a", T0.plusSeconds(10));
        window.add("b", T0.plusSeconds(5));

        assertThat(window.watermark()).isEqualTo(T0.plusSeconds(10));
        assertThat(window.start()).isEqualTo(T0.plusSeconds(10).minusMinutes(5));
        assertThat(window.contains("a")).isTrue();
        assertThat(window.contains("b")).isTrue();
        assertThat(window.contains("c")).isFalse();
    }

    @Test
    void forgetsIdsOlderThanTheOverlapSoMemoryStaysBounded() {
        OverlapWindow window = new OverlapWindow(T0, Duration.ofSeconds(60));

        for (int i = 0; i < 10_000; i++) {
            window.add("r" + i, T0.plusSeconds(i));
        }

        assertThat(window.size()).isEqualTo(61); // seconds 9939 .. 9999, both ends included
        assertThat(window.contains("r9939")).isTrue();
        assertThat(window.contains("r9938")).isFalse();
        assertThat(window.isBefore(T0.plusSeconds(9938))).isTrue();
        assertThat(window.isBefore(T0.plusSeconds(9939))).isFalse();
    }

    @Test
    void aRecordWithoutTimeIsRememberedAtTheWatermark() {
        OverlapWindow window = new OverlapWindow(T0, Duration.ofSeconds(60));

        window.add("no-time", null);

        assertThat(window.watermark()).isEqualTo(T0);
        assertThat(window.contains("no-time")).isTrue();
        assertThat(window.isBefore(null)).isFalse();
    }
}
