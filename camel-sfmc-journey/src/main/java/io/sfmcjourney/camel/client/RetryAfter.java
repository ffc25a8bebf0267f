package io.sfmcjourney.camel.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.hc.client5.http.utils.DateUtils;

/** Reads how long SFMC asks a client to wait: the {@code Retry-After} header first, then the body's {@code retryAfter}. */
public final class RetryAfter {

    public static final String HEADER = "Retry-After";

    private RetryAfter() {
    }

    /**
     * @param  headers response headers (name matched case-insensitively)
     * @param  body    the parsed error body
     * @param  now     the current time, to turn an HTTP-date into a delay
     * @return         the requested wait (zero for a date in the past), or null when the answer names none
     */
    public static Duration of(Map<String, String> headers, SfmcErrorBody body, Instant now) {
        Duration fromHeader = parseHeader(header(headers), now);
        return fromHeader != null ? fromHeader : body.retryAfter();
    }

    /** Parses a {@code Retry-After} value: delta-seconds or an HTTP-date; null when absent or malformed. */
    public static Duration parseHeader(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        Instant at = DateUtils.parseStandardDate(v);
        if (at == null) {
            return null;
        }
        Duration until = Duration.between(now, at);
        return until.isNegative() ? Duration.ZERO : until;
    }

    private static String header(Map<String, String> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (HEADER.equalsIgnoreCase(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
