package io.sfmcjourney.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A closed range {@code [from, to]} of transaction times a history consumer reads, in milliseconds (the precision of
 * SFMC's timestamps). It can be halved while it is at least two milliseconds wide; the halves share the middle
 * instant, so a record there is read in both whether SFMC's bounds are inclusive or exclusive.
 */
record TimeRange(Instant from, Instant to) {

    TimeRange {
        from = from.truncatedTo(ChronoUnit.MILLIS);
        to = to.truncatedTo(ChronoUnit.MILLIS);
    }

    boolean isEmpty() {
        return to.isBefore(from);
    }

    boolean canHalve() {
        return Duration.between(from, to).toMillis() >= 2;
    }

    /** The older half, then the newer one. */
    TimeRange[] halves() {
        Instant middle = from.plusMillis(Duration.between(from, to).toMillis() / 2);
        return new TimeRange[] {new TimeRange(from, middle), new TimeRange(middle, to)};
    }

    /** {@code from} as sent: an ISO-8601 instant in UTC with milliseconds, e.g. {@code 2025-01-31T06:00:00.000Z}. */
    String fromText() {
        return text(from);
    }

    String toText() {
        return text(to);
    }

    static String text(Instant instant) {
        String iso = instant.truncatedTo(ChronoUnit.MILLIS).toString();
        // Instant.toString drops a zero fraction and zero seconds; always send seconds and milliseconds
        return iso.length() == 20 ? iso.substring(0, 19) + ".000Z" : iso;
    }

    @Override
    public String toString() {
        return "[" + fromText() + ", " + toText() + "]";
    }
}
