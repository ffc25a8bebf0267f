package io.sfmcjourney.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void writesUtcWithoutOffsetAndTrimsTheFraction() {
        assertThat(Timestamps.format(Instant.parse("2024-05-04T17:25:57.900Z"))).isEqualTo("2024-05-04T17:25:57.9");
        assertThat(Timestamps.format(Instant.parse("2022-03-24T02:20:32.740Z"))).isEqualTo("2022-03-24T02:20:32.74");
        assertThat(Timestamps.format(Instant.parse("2016-08-31T15:53:44.617Z"))).isEqualTo("2016-08-31T15:53:44.617");
        assertThat(Timestamps.format(Instant.parse("2016-08-31T15:53:44Z"))).isEqualTo("2016-08-31T15:53:44");
    }

    @Test
    void readsIsoTextWithOrWithoutOffset() {
        assertThat(Timestamps.parse("2024-01-01T06:00:00.000Z", "p")).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
        assertThat(Timestamps.parse("2024-01-01T07:00:00+01:00", "p")).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
        assertThat(Timestamps.parse("2024-01-01T06:00:00", "p")).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
        assertThat(Timestamps.parse("2024-01-01", "p")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("soon", "p")).isInstanceOf(ApiException.class);
    }
}
