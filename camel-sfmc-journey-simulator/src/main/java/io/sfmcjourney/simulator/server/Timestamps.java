package io.sfmcjourney.simulator.server;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * SFMC timestamp text: {@code yyyy-MM-ddTHH:mm:ss[.fff]} without offset, trailing fraction zeros dropped.
 * The simulator writes UTC.
 */
public final class Timestamps {

    /** The "never set" sentinel, e.g. {@code lastPublishedDate} of an unpublished journey. */
    public static final String NEVER = "0001-01-01T00:00:00";

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DE_SUFFIX =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant time) {
        long millis = time.toEpochMilli();
        Instant truncated = Instant.ofEpochMilli(millis);
        String base = SECONDS.format(truncated);
        int fraction = (int) Math.floorMod(millis, 1000L);
        if (fraction == 0) {
            return base;
        }
        StringBuilder digits = new StringBuilder(String.format("%03d", fraction));
        while (digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        return base + "." + digits;
    }

    /** SFMC text of the time in {@code zone}, with the offset appended when {@code withOffset}. */
    public static String format(Instant time, ZoneOffset zone, boolean withOffset) {
        if (zone.equals(ZoneOffset.UTC) && !withOffset) {
            return format(time);
        }
        String local = format(time.plusSeconds(zone.getTotalSeconds()));
        return withOffset ? local + (zone.equals(ZoneOffset.UTC) ? "Z" : zone.getId()) : local;
    }

    public static String formatMillis(long epochMillis) {
        return format(Instant.ofEpochMilli(epochMillis));
    }

    /** The suffix SFMC appends to auto-created data extension names, e.g. {@code 2024-07-08T014814443}. */
    public static String dataExtensionSuffix(Instant time) {
        return DE_SUFFIX.format(time);
    }

    /**
     * Parses ISO-8601 text with or without offset (no offset = UTC) or a plain date (start of day UTC).
     *
     * @throws ApiException 400/10003 when the text is not a timestamp
     */
    public static Instant parse(String text, String parameter) {
        return parse(text, parameter, ZoneOffset.UTC);
    }

    /**
     * Parses ISO-8601 text with or without offset (no offset = {@code zone}) or a plain date (start of that day in
     * {@code zone}).
     *
     * @throws ApiException 400/10003 when the text is not a timestamp
     */
    public static Instant parse(String text, String parameter, ZoneOffset zone) {
        String value = text.trim();
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay().toInstant(zone);
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(zone);
        } catch (DateTimeParseException e) {
            throw ApiException.of(400, 10003, "Incorrect format for " + parameter + ".");
        }
    }

    private static boolean hasOffset(String value) {
        if (value.endsWith("Z") || value.endsWith("z")) {
            return true;
        }
        int time = value.indexOf('T');
        return time > 0 && (value.indexOf('+', time) > 0 || value.indexOf('-', time) > 0);
    }
}
