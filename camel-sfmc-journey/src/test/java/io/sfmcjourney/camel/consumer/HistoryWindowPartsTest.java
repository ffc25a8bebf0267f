package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.model.HistoryRecord;
import org.junit.jupiter.api.Test;

/** The parts of a history poll that need no server: ranges, remembered keys, record times, client-side filters. */
class HistoryWindowPartsTest {

    private static final Instant T = Instant.parse("2025-01-31T06:00:00Z");

    @Test
    void rangesAreSentWithAnExplicitUtcOffsetAndHalveIntoOverlappingHalves() {
        TimeRange range = new TimeRange(T, T.plusSeconds(10));
        assertThat(range.fromText()).isEqualTo("2025-01-31T06:00:00.000Z");
        assertThat(range.toText()).isEqualTo("2025-01-31T06:00:10.000Z");
        TimeRange[] halves = range.halves();
        assertThat(halves[0]).isEqualTo(new TimeRange(T, T.plusSeconds(5)));
        assertThat(halves[1]).isEqualTo(new TimeRange(T.plusSeconds(5), T.plusSeconds(10)));
        assertThat(new TimeRange(T, T.plusMillis(1)).canHalve()).isFalse();
        assertThat(new TimeRange(T, T.minusMillis(1)).isEmpty()).isTrue();
    }

    @Test
    void keysAreForgottenOnlyOnceTheirRangeEndedBeforeTheWindowStart() {
        SeenRecords seen = new SeenRecords();
        seen.add("a", T);
        seen.add("b", T.plusSeconds(60));
        seen.forgetBefore(T);
        assertThat(seen.contains("a")).isTrue();
        seen.forgetBefore(T.plusMillis(1));
        assertThat(seen.contains("a")).isFalse();
        assertThat(seen.contains("b")).isTrue();
        assertThat(seen.size()).isOne();
    }

    @Test
    void recordTimesAreReadInTheConfiguredZoneUnlessTheyCarryAnOffset() {
        assertThat(RecordTimes.in("UTC").instant("2025-01-31T00:00:00.5")).isEqualTo("2025-01-31T00:00:00.500Z");
        assertThat(RecordTimes.in("-06:00").instant("2025-01-31T00:00:00")).isEqualTo("2025-01-31T06:00:00Z");
        assertThat(RecordTimes.in("America/Chicago").instant("2025-07-01T00:00:00")).isEqualTo("2025-07-01T05:00:00Z");
        assertThat(RecordTimes.in("-06:00").instant("2025-01-31T00:00:00Z")).isEqualTo("2025-01-31T00:00:00Z");
        assertThat(RecordTimes.in("UTC").instant("2025-01-31T00:00:00+01:00")).isEqualTo("2025-01-30T23:00:00Z");
        assertThat(RecordTimes.in("UTC").instant("not a time")).isNull();
        assertThat(RecordTimes.in("UTC").instant("0001-01-01T00:00:00")).isNull();
        assertThatThrownBy(() -> RecordTimes.in("Central")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeZone");
    }

    @Test
    void everyFilterIsCheckedOnTheClient() {
        SfmcJourneyEndpointOptions options = new SfmcJourneyEndpointOptions();
        options.setDefinitionId("DEF-1, def-3");
        options.setContactKey("c1,c2");
        options.setStatus("Failed");
        options.setActivityType("EMAILV2,SMS");
        HistoryFilters filters = HistoryFilters.of(options);

        assertThat(filters.rejection(record("def-1", "c1", "failed", "EMAILV2"))).isNull();
        assertThat(filters.rejection(record("def-2", "c1", "Failed", "EMAILV2"))).isEqualTo("definitionId");
        assertThat(filters.rejection(record("def-3", "C1", "Failed", "EMAILV2"))).isEqualTo("contactKey");
        assertThat(filters.rejection(record("def-3", "c2", "Complete", "EMAILV2"))).isEqualTo("status");
        assertThat(filters.rejection(record("def-3", "c2", "Failed", "WAIT"))).isEqualTo("activityType");
        assertThat(HistoryFilters.of(new SfmcJourneyEndpointOptions()).rejection(record(null, null, null, null)))
                .isNull();
    }

    private static HistoryRecord record(String definitionId, String contactKey, String status, String type) {
        HistoryRecord record = new HistoryRecord();
        record.setDefinitionId(definitionId);
        record.setContactKey(contactKey);
        record.setStatus(status);
        record.setActivityType(type);
        return record;
    }
}
