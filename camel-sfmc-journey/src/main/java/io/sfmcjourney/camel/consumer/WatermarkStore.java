package io.sfmcjourney.camel.consumer;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import io.sfmcjourney.camel.model.SfmcTimestamps;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a history consumer's watermark in a {@link StateRepository} as SFMC timestamp text (UTC). A stored value that
 * is missing or unusable gives the fallback (initialWatermark or now minus lookback); an unusable one is logged at WARN
 * and replaced at the next save.
 */
final class WatermarkStore {

    private static final Logger LOG = LoggerFactory.getLogger(WatermarkStore.class);

    private final StateRepository<String, String> repository;
    private final String key;
    private final Supplier<LocalDateTime> fallback;

    WatermarkStore(StateRepository<String, String> repository, String key, Supplier<LocalDateTime> fallback) {
        this.repository = repository;
        this.key = key;
        this.fallback = fallback;
    }

    /** The stored watermark, else the fallback. */
    LocalDateTime load() {
        String stored = repository.getState(key);
        if (stored == null || stored.isBlank()) {
            return fallback.get();
        }
        try {
            LocalDateTime watermark = SfmcTimestamps.parse(stored);
            if (watermark != null) {
                return watermark;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        LocalDateTime replacement = fallback.get();
        LOG.warn("Ignoring the stored watermark '{}' of key {}: not an SFMC timestamp; starting from {} instead",
                stored, key, SfmcTimestamps.format(replacement));
        return replacement;
    }

    /** Stores the watermark. */
    void save(LocalDateTime watermark) {
        repository.setState(key, SfmcTimestamps.format(watermark));
    }

    String key() {
        return key;
    }
}
