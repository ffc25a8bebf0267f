package io.sfmcjourney.camel.model;

import java.time.DateTimeException;
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
        String stripped = text.strip();
        LocalDateTime plain = parsePlain(stripped);
        if (plain != null) {
            return plain;
        }
        TemporalAccessor parsed = PARSE_FORMAT.parse(stripped);
        LocalDateTime local = LocalDateTime.from(parsed);
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
        return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /**
     * The common case without a formatter, as history consumers parse one timestamp per record: exactly
     * {@code yyyy-MM-ddTHH:mm:ss} with 0-7 fraction digits and no offset. Null for any other text, or a field out of
     * range, which the formatter then parses or rejects with its message.
     */
    private static LocalDateTime parsePlain(String text) {
        int length = text.length();
        if (length < 19 || length == 20 || length > 27 || text.charAt(4) != '-' || text.charAt(7) != '-'
            || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
            || length > 19 && text.charAt(19) != '.') {
            return null;
        }
        int nanos = 0;
        for (int i = 20; i < 29; i++) {
            int digit = i < length ? digit(text, i) : 0;
            if (digit < 0) {
                return null;
            }
            nanos = nanos * 10 + digit;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code [from, to)}, or -1 when a character is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = digit(text, i);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int digit(String text, int index) {
        char c = text.charAt(index);
        return c >= '0' && c <= '9' ? c - '0' : -1;
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
