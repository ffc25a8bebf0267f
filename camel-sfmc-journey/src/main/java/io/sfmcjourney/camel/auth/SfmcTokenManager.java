package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.client.LoopbackHosts;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches the token of one (auth URL, clientId, accountId, scope) and renews it before it expires.
 * <ul>
 * <li><b>Renewal window.</b> A token is renewed once {@code now >= expiresAt - refreshMargin}; when the token lives less
 * than twice the margin, the last tenth of its lifetime is the margin instead. The caller that finds the token inside
 * the window makes the request; every other caller keeps using the still valid token meanwhile, and keeps using it
 * when the renewal fails. Only callers without a valid token (none yet, expired, or rejected with 401) wait for the
 * request in flight and share its result, success or failure (single flight).</li>
 * <li><b>Back-off.</b> After a failed request no further request is made for a back-off interval (1 s, doubling per
 * consecutive failure up to 60 s, or longer when a 429/503 answer asks for it with {@code Retry-After}). Callers
 * without a valid token get the last failure at once during that interval, so neither busy routes nor health probes
 * hammer a failing token endpoint.</li>
 * </ul>
 * Thread-safe.
 */
public final class SfmcTokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcTokenManager.class);

    private final SfmcCredentials credentials;
    private final Duration refreshMargin;
    private final Clock clock;
    private final TokenRequester endpoint;

    private final Object lock = new Object();
    private volatile CachedToken cached;
    /** The request in flight, guarded by {@link #lock}. */
    private CompletableFuture<CachedToken> inFlight;
    /** Guarded by {@link #lock}. */
    private final TokenBackoff backoff;
    /** The failure of the latest request while backing off, guarded by {@link #lock}. */
    private Exception lastFailure;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Instant lastRefresh;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    /**
     * @param http          the pooled client used for token requests
     * @param credentials   the credentials
     * @param refreshMargin how long before expiry a token is renewed proactively
     */
    public SfmcTokenManager(CloseableHttpClient http, SfmcCredentials credentials, Duration refreshMargin) {
        this(http, credentials, refreshMargin, Clock.systemUTC());
    }

    /**
     * As the other constructor, with the clock that decides expiry and back-off (for tests).
     *
     * @throws IllegalArgumentException when {@code authUrl} is not https (plain http is allowed for loopback hosts
     *                                  only) or {@code clientId}/{@code clientSecret} is missing; checked before any
     *                                  connection is made
     */
    public SfmcTokenManager(CloseableHttpClient http, SfmcCredentials credentials, Duration refreshMargin,
                            Clock clock) {
        this(credentials, refreshMargin, clock, new TokenEndpoint(Objects.requireNonNull(http, "http"),
                Objects.requireNonNull(credentials, "credentials"), validated(credentials)),
             TokenBackoff.INITIAL, TokenBackoff.MAX);
    }

    /** With a scripted token source and back-off bounds (for tests). */
    SfmcTokenManager(SfmcCredentials credentials, Duration refreshMargin, Clock clock, TokenRequester endpoint,
                     Duration initialBackoff, Duration maxBackoff) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.refreshMargin = refreshMargin == null || refreshMargin.isNegative() ? Duration.ZERO : refreshMargin;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.backoff = new TokenBackoff(initialBackoff, maxBackoff);
    }

    private static URI validated(SfmcCredentials credentials) {
        URI authUri = LoopbackHosts.requireSecureOrLoopback("authUrl", credentials.authUrl());
        requireText("clientId", credentials.clientId());
        requireText("clientSecret", credentials.clientSecret());
        return authUri;
    }

    /**
     * A valid token: the cached one (also while its renewal is in flight or failing), else a new one.
     *
     * @throws SfmcJourneyApiException when the token endpoint refused the request (or did at the last attempt and the
     *                                 back-off interval has not passed)
     * @throws IOException             when the token endpoint could not be reached or answered unusably (idem)
     */
    public AccessToken token() throws IOException, SfmcJourneyApiException {
        return obtain(null);
    }

    /**
     * Called after the API rejected {@code rejected} with 401: fetches a new token only if {@code rejected} is still
     * the cached one; otherwise returns the newer cached token.
     */
    public AccessToken renewAfterRejection(AccessToken rejected) throws IOException, SfmcJourneyApiException {
        return obtain(Objects.requireNonNull(rejected, "rejected"));
    }

    /** How many token requests were made so far; a mark for {@link #requestedAfter(AccessToken, long)}. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Whether {@code token} is the cached token and was requested after the first {@code requestCount} requests, i.e.
     * after the moment {@link #requestCount()} returned that value.
     */
    public boolean requestedAfter(AccessToken token, long requestCount) {
        CachedToken current = cached;
        return current != null && current.token().value().equals(token.value()) && current.sequence() > requestCount;
    }

    /**
     * How long from now no token request will be made because earlier ones failed; zero when a request may be made
     * at once. A caller retrying a failed {@link #token()} waits at least this long.
     */
    public Duration backoffRemaining() {
        synchronized (lock) {
            return backoff.remaining(clock.instant());
        }
    }

    /** The credentials this manager serves (secret masked in toString). */
    public SfmcCredentials credentials() {
        return credentials;
    }

    /** Counters and times of the token requests; never the token itself. */
    public TokenStats stats() {
        CachedToken current = cached;
        return new TokenStats(requests.get(), failures.get(), lastRefresh,
                current == null ? null : current.token().expiresAt(), lastError, lastErrorAt);
    }

    @Override
    public String toString() {
        return "SfmcTokenManager[" + credentials + "]";
    }

    private AccessToken obtain(AccessToken rejected) throws IOException, SfmcJourneyApiException {
        CachedToken current = cached;
        // the usual case, on the clock's milliseconds (no Instant per call); the check under the lock decides
        // whenever this one does not say fresh
        if (current != null && current.freshAt(clock.millis()) && !current.is(rejected)) {
            return current.token();
        }
        Instant now = clock.instant();
        CompletableFuture<CachedToken> request;
        boolean mine = false;
        CachedToken fallback;
        synchronized (lock) {
            current = cached;
            if (current != null && current.fresh(now) && !current.is(rejected)) {
                return current.token();
            }
            fallback = current != null && current.valid(now) && !current.is(rejected) ? current : null;
            if (inFlight != null) {
                if (fallback != null) {
                    return fallback.token();
                }
                request = inFlight;
            } else if (backoff.active(now)) {
                if (fallback != null) {
                    return fallback.token();
                }
                throw BackedOffFailure.copy(lastFailure, backoff.nextRequestAt());
            } else {
                inFlight = new CompletableFuture<>();
                request = inFlight;
                mine = true;
            }
        }
        if (!mine) {
            return await(request).token();
        }
        try {
            return fetchInto(request).token();
        } catch (IOException | SfmcJourneyApiException | RuntimeException e) {
            if (fallback != null && fallback.valid(clock.instant())) {
                LOG.debug("Keeping the SFMC token of clientId {} valid until {} after its renewal failed",
                        credentials.clientId(), fallback.token().expiresAt());
                return fallback.token();
            }
            throw e;
        }
    }

    private CachedToken fetchInto(CompletableFuture<CachedToken> request) throws IOException, SfmcJourneyApiException {
        try {
            CachedToken fresh = fetch();
            synchronized (lock) {
                cached = fresh;
                backoff.succeeded();
                lastFailure = null;
                inFlight = null;
            }
            request.complete(fresh);
            return fresh;
        } catch (IOException | SfmcJourneyApiException | RuntimeException e) {
            synchronized (lock) {
                Instant next = backoff.failed(e, clock.instant());
                lastFailure = e;
                inFlight = null;
                LOG.debug("SFMC token request failed for clientId {}; no new request before {}: {}",
                        credentials.clientId(), next, e.getMessage());
            }
            request.completeExceptionally(e);
            throw e;
        }
    }

    private CachedToken fetch() throws IOException, SfmcJourneyApiException {
        Instant requestedAt = clock.instant();
        long sequence = requests.incrementAndGet();
        try {
            AccessToken token = endpoint.request(requestedAt);
            lastRefresh = requestedAt;
            Duration lifetime = Duration.between(requestedAt, token.expiresAt());
            Duration margin = lifetime.compareTo(refreshMargin.multipliedBy(2)) < 0 ? lifetime.dividedBy(10) : refreshMargin;
            LOG.debug("Obtained SFMC token for clientId {} valid until {}", credentials.clientId(), token.expiresAt());
            return new CachedToken(token, token.expiresAt().minus(margin), sequence);
        } catch (IOException | SfmcJourneyApiException | RuntimeException e) {
            failures.incrementAndGet();
            lastError = e.getMessage();
            lastErrorAt = clock.instant();
            throw e;
        }
    }

    private static CachedToken await(CompletableFuture<CachedToken> request)
            throws IOException, SfmcJourneyApiException {
        try {
            return request.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the SFMC token request");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SfmcJourneyApiException api) {
                throw api;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(String.valueOf(cause), cause);
        }
    }

    private static void requireText(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Option " + option + " is required for the SFMC token request");
        }
    }

    private record CachedToken(AccessToken token, Instant renewAt, long renewAtMillis, long sequence) {

        CachedToken(AccessToken token, Instant renewAt, long sequence) {
            this(token, renewAt, epochMillisRoundedDown(renewAt), sequence);
        }

        /** The instant in epoch milliseconds, rounded down; saturated beyond a long's range. */
        private static long epochMillisRoundedDown(Instant instant) {
            try {
                return instant.toEpochMilli();
            } catch (ArithmeticException e) {
                return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
        }

        /** Before the renewal window. */
        boolean fresh(Instant now) {
            return now.isBefore(renewAt);
        }

        /**
         * Before the renewal window, judged in epoch milliseconds: never fresh where {@link #fresh} is not (the
         * window's start is rounded down), so a caller may trust a true and must check again on a false.
         */
        boolean freshAt(long nowMillis) {
            return nowMillis < renewAtMillis;
        }

        /** Not yet expired. */
        boolean valid(Instant now) {
            return now.isBefore(token.expiresAt());
        }

        boolean is(AccessToken other) {
            return other != null && token.value().equals(other.value());
        }
    }
}
