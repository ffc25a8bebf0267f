package io.sfmcjourney.camel.consumer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.sfmcjourney.camel.model.SfmcTimestamps;

/**
 * Reads the {@code transactionTime} of history records as instants for presentation only: text with an offset as
 * written, text without one (SFMC's usual form) in the configured zone, whose real value is unknown.
 */
final class RecordTimes {

    private final ZoneId zone;

    private RecordTimes(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param zone {@code UTC}, a fixed offset such as {@code -06:00}, or a zone id such as {@code America/Chicago}
     * @throws IllegalArgumentException naming the option {@code timeZone} when it is none of these
     */
    static RecordTimes in(String zone) {
        String text = zone == null || zone.isBlank() ? "UTC" : zone.strip();
        try {
            boolean offset = text.startsWith("+") || text.startsWith("-");
            return new RecordTimes(offset ? ZoneOffset.of(text) : ZoneId.of(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("sfmc-journey: timeZone '" + zone + "' is not a zone: use UTC, an "
                                               + "offset such as -06:00 or a zone id such as America/Chicago", e);
        }
    }

    /** The instant of the text, or null when it is missing, the "never set" sentinel or not a timestamp. */
    Instant instant(String text) {
        try {
            LocalDateTime local = SfmcTimestamps.parse(text);
            if (local == null) {
                return null;
            }
            // SfmcTimestamps converts text with an offset to UTC; text without one is in the configured zone
            return hasOffset(text) ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    ZoneId zone() {
        return zone;
    }

    private static boolean hasOffset(String text) {
        String value = text.strip();
        int time = value.indexOf('T');
        return value.endsWith("Z") || value.endsWith("z")
               || time > 0 && (value.indexOf('+', time) > 0 || value.indexOf('-', time) > 0);
    }
}
