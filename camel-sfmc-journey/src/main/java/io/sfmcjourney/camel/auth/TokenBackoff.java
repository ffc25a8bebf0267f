package io.sfmcjourney.camel.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.client.RetryAfter;
import io.sfmcjourney.camel.client.SfmcErrorBody;

/**
 * When the next token request may be made after failures: exponential ({@code initial * 2^(failures-1)}, capped at
 * {@code max}), or later when the endpoint asked for it with {@code Retry-After}. Not thread-safe; guarded by its
 * manager.
 */
final class TokenBackoff {

    /** First wait after a failed token request. */
    static final Duration INITIAL = Duration.ofSeconds(1);
    /** Longest wait between token requests while the endpoint keeps failing. */
    static final Duration MAX = Duration.ofSeconds(60);

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant nextRequestAt;

    TokenBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** Records a failure at {@code now} and returns the time before which no request is made. */
    Instant failed(Exception failure, Instant now) {
        failures++;
        Duration wait = exponential();
        Duration requested = requestedWait(failure, now);
        if (requested != null && requested.compareTo(wait) > 0) {
            wait = requested;
        }
        nextRequestAt = now.plus(wait);
        return nextRequestAt;
    }

    void succeeded() {
        failures = 0;
        nextRequestAt = null;
    }

    /** Whether a request must not be made at {@code now}. */
    boolean active(Instant now) {
        return nextRequestAt != null && now.isBefore(nextRequestAt);
    }

    /** The wait from {@code now} until a request may be made again; zero when none is pending. */
    Duration remaining(Instant now) {
        return active(now) ? Duration.between(now, nextRequestAt) : Duration.ZERO;
    }

    Instant nextRequestAt() {
        return nextRequestAt;
    }

    private Duration exponential() {
        Duration wait = initial;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** {@code Retry-After} (seconds or HTTP date, else the body's {@code retryAfter}) of a 429 or 503 answer. */
    private static Duration requestedWait(Exception failure, Instant now) {
        if (failure instanceof SfmcJourneyApiException api
            && (api.getStatusCode() == 429 || api.getStatusCode() == 503)) {
            String body = api.getResponseBody();
            return RetryAfter.of(api.getResponseHeaders(),
                    SfmcErrorBody.parse(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)), now);
        }
        return null;
    }
}
