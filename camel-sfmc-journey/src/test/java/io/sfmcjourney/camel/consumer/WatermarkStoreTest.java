package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkStoreTest {

    private static final LocalDateTime FALLBACK = LocalDateTime.of(2025, 1, 1, 0, 0);

    @Test
    void withoutStoredValueTheFallbackIsUsed() {
        WatermarkStore store = new WatermarkStore(new MemoryStateRepository(), "getHistory", () -> FALLBACK);

        assertThat(store.load()).isEqualTo(FALLBACK);
    }

    @Test
    void aSavedWatermarkIsLoadedBack() {
        MemoryStateRepository repository = new MemoryStateRepository();
        WatermarkStore store = new WatermarkStore(repository, "getHistory", () -> FALLBACK);
        LocalDateTime watermark = LocalDateTime.of(2025, 1, 31, 3, 46, 39, 267_000_000);

        store.save(watermark);

        assertThat(repository.getState("getHistory")).isEqualTo("2025-01-31T03:46:39.267");
        assertThat(store.load()).isEqualTo(watermark);
    }

    @Test
    void anUnusableStoredValueFallsBackInsteadOfFailingOrLooping() {
        MemoryStateRepository repository = new MemoryStateRepository();
        WatermarkStore store = new WatermarkStore(repository, "getHistory", () -> FALLBACK);

        for (String corrupt : new String[] {"yesterday", "2025-13-01T00:00:00", "0001-01-01T00:00:00", "12345"}) {
            repository.setState("getHistory", corrupt);
            assertThat(store.load()).as(corrupt).isEqualTo(FALLBACK);
        }
    }

    @Test
    void aStoredValueWithOffsetIsReadAsUtc() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("k", "2025-01-31T05:00:00+02:00");

        assertThat(new WatermarkStore(repository, "k", () -> FALLBACK).load())
                .isEqualTo(LocalDateTime.of(2025, 1, 31, 3, 0));
    }

    @Test
    void aFileStateRepositoryKeepsTheWatermarkOverRestarts(@TempDir Path dir) throws Exception {
        File file = dir.resolve("watermarks.dat").toFile();
        LocalDateTime watermark = LocalDateTime.of(2025, 2, 1, 8, 30, 1, 500_000_000);
        FileStateRepository first = FileStateRepository.fileStateRepository(file);
        first.start();
        new WatermarkStore(first, "getHistory:100001", () -> FALLBACK).save(watermark);
        first.stop();

        FileStateRepository second = FileStateRepository.fileStateRepository(file);
        second.start();
        try {
            assertThat(new WatermarkStore(second, "getHistory:100001", () -> FALLBACK).load()).isEqualTo(watermark);
            assertThat(Files.readString(file.toPath())).contains("getHistory:100001=2025-02-01T08:30:01.5");
        } finally {
            second.stop();
        }
    }
}
