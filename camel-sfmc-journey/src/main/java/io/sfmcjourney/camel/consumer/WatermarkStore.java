package io.sfmcjourney.camel.consumer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.sfmcjourney.camel.model.SfmcTimestamps;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a history consumer's watermark (the end of the last window read completely) in a {@link StateRepository} as
 * an ISO-8601 instant ({@code 2025-01-31T06:00:00Z}). A value stored by an older version without offset is read as
 * UTC. A value that is not a timestamp is logged at WARN and treated as missing (replaced at the next save).
 */
final class WatermarkStore {

    private static final Logger LOG = LoggerFactory.getLogger(WatermarkStore.class);

    private final StateRepository<String, String> repository;
    private final String key;

    WatermarkStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    /** The stored watermark, if any usable one is stored. */
    Optional<Instant> load() {
        String stored = repository.getState(key);
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDateTime utc = SfmcTimestamps.parse(stored);
            if (utc != null) {
                return Optional.of(utc.toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        LOG.warn("Ignoring the stored watermark '{}' of key {}: not a timestamp; starting from initialWatermark or "
                 + "lookback instead", stored, key);
        return Optional.empty();
    }

    /** Stores the watermark. */
    void save(Instant watermark) {
        repository.setState(key, watermark.toString());
    }

    String key() {
        return key;
    }
}
