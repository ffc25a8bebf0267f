package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkStoreTest {

    @Test
    void withoutStoredValueThereIsNoWatermark() {
        assertThat(new WatermarkStore(new MemoryStateRepository(), "k").load()).isEmpty();
    }

    @Test
    void theWatermarkIsStoredAsAnIsoInstantAndReadBack() {
        MemoryStateRepository repository = new MemoryStateRepository();
        WatermarkStore store = new WatermarkStore(repository, "k");
        store.save(Instant.parse("2025-01-31T06:00:00.123Z"));
        assertThat(repository.getState("k")).isEqualTo("2025-01-31T06:00:00.123Z");
        assertThat(store.load()).contains(Instant.parse("2025-01-31T06:00:00.123Z"));
    }

    @Test
    void anOldValueWithoutZoneIsReadAsUtcAndOneWithAnOffsetAsWritten() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("old", "2025-01-31T00:00:00.5");
        repository.setState("offset", "2025-01-31T00:00:00-06:00");
        assertThat(new WatermarkStore(repository, "old").load()).contains(Instant.parse("2025-01-31T00:00:00.500Z"));
        assertThat(new WatermarkStore(repository, "offset").load()).contains(Instant.parse("2025-01-31T06:00:00Z"));
    }

    @Test
    void anUnusableValueCountsAsMissing() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("k", "yesterday");
        assertThat(new WatermarkStore(repository, "k").load()).isEmpty();
    }

    @Test
    void theWatermarkSurvivesInAFileStateRepository(@TempDir Path dir) throws Exception {
        File file = dir.resolve("state.dat").toFile();
        FileStateRepository first = FileStateRepository.fileStateRepository(file);
        first.start();
        new WatermarkStore(first, "getHistory:1").save(Instant.parse("2025-02-01T10:00:00Z"));
        first.stop();

        FileStateRepository second = FileStateRepository.fileStateRepository(file);
        second.start();
        assertThat(new WatermarkStore(second, "getHistory:1").load()).contains(Instant.parse("2025-02-01T10:00:00Z"));
        second.stop();
    }
}
