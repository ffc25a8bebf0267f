package io.sfmcjourney.camel.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Converts SFMC timestamps: {@code yyyy-MM-ddTHH:mm:ss[.f…]} with no offset, 0–7 fraction digits and trailing zeros
 * dropped (e.g. {@code 2016-08-31T15:53:45.82}). SFMC writes {@value #NEVER_SET} for a date that was never set.
 * The time zone of these values is not documented, hence {@link LocalDateTime}. Text with an offset ({@code Z},
 * {@code +02:00}), as ISO-8601 writers and some SFMC endpoints produce, is accepted and converted to UTC.
 */
public final class SfmcTimestamps {

    /** The sentinel SFMC uses for "never set", e.g. {@code lastPublishedDate} of an unpublished journey. */
    public static final String NEVER_SET = "0001-01-01T00:00:00";

    private static final LocalDateTime NEVER_SET_VALUE = LocalDateTime.of(1, 1, 1, 0, 0);

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 7, true)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter PARSE_FORMAT = new DateTimeFormatterBuilder()
            .append(FORMAT)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private SfmcTimestamps() {
    }

    /**
     * Parses an SFMC timestamp; one with an offset ({@code 2024-05-04T19:25:57.9+02:00}, {@code ...Z}) is converted
     * to the same instant in UTC.
     *
     * @return the time, or null when {@code text} is null, blank or the "never set" sentinel
     * @throws DateTimeParseException when the text is not in SFMC's format
     */
    public static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDateTime value = parseText(text);
        return NEVER_SET_VALUE.equals(value) ? null : value;
    }

    private static LocalDateTime parseText(String text) {
        TemporalAccessor parsed = PARSE_FORMAT.parse(text.strip());
        LocalDateTime local = LocalDateTime.from(parsed);
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
        return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** True when {@code text} is the "never set" sentinel (with or without a zero fraction). */
    public static boolean isNeverSet(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            return NEVER_SET_VALUE.equals(parseText(text));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Formats a time the way SFMC does: at most 7 fraction digits (finer digits are truncated), trailing zeros
     * trimmed, no fraction at all on a whole second.
     *
     * @return the text, or null for a null time
     */
    public static String format(LocalDateTime time) {
        return time == null ? null : FORMAT.format(time);
    }
}
