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
 * Caches the token of one (auth URL, clientId, accountId) and renews it before it expires. However many threads ask,
 * at most one token request is in flight.
 * <p>
 * A token is renewed once {@code now >= expiresAt - refreshMargin}; when the token lives less than twice the margin,
 * the last tenth of its lifetime is used as the margin instead, so short-lived tokens are still used for 90% of their
 * life (one token request per lifetime, not two). Threads that need a token while a request is in flight wait for
 * that request (no busy waiting) and share its result, success or failure.
 */
public final class SfmcTokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcTokenManager.class);

    private final SfmcCredentials credentials;
    private final Duration refreshMargin;
    private final Clock clock;
    private final TokenEndpoint endpoint;

    private final Object lock = new Object();
    private volatile CachedToken cached;
    /** The request in flight, guarded by {@link #lock}. */
    private CompletableFuture<CachedToken> inFlight;

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
     * As the other constructor, with the clock that decides expiry (for tests).
     *
     * @throws IllegalArgumentException when {@code authUrl} is not https (plain http is allowed for loopback hosts
     *                                  only) or {@code clientId}/{@code clientSecret} is missing; checked before any
     *                                  connection is made
     */
    public SfmcTokenManager(CloseableHttpClient http, SfmcCredentials credentials, Duration refreshMargin,
                            Clock clock) {
        Objects.requireNonNull(credentials, "credentials");
        URI authUri = LoopbackHosts.requireSecureOrLoopback("authUrl", credentials.authUrl());
        requireText("clientId", credentials.clientId());
        requireText("clientSecret", credentials.clientSecret());
        this.credentials = credentials;
        this.refreshMargin = refreshMargin == null || refreshMargin.isNegative() ? Duration.ZERO : refreshMargin;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.endpoint = new TokenEndpoint(Objects.requireNonNull(http, "http"), credentials, authUri);
    }

    /** The cached token, fetching a new one when there is none or it is about to expire. */
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
        if (usable(current, rejected)) {
            return current.token();
        }
        CompletableFuture<CachedToken> request;
        boolean mine = false;
        synchronized (lock) {
            current = cached;
            if (usable(current, rejected)) {
                return current.token();
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                mine = true;
            }
            request = inFlight;
        }
        return mine ? fetchInto(request).token() : await(request).token();
    }

    private boolean usable(CachedToken candidate, AccessToken rejected) {
        return candidate != null
               && clock.instant().isBefore(candidate.renewAt())
               && (rejected == null || !candidate.token().value().equals(rejected.value()));
    }

    private CachedToken fetchInto(CompletableFuture<CachedToken> request) throws IOException, SfmcJourneyApiException {
        try {
            CachedToken fresh = fetch();
            cached = fresh;
            request.complete(fresh);
            return fresh;
        } catch (IOException | SfmcJourneyApiException | RuntimeException e) {
            request.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (lock) {
                inFlight = null;
            }
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
            LOG.debug("SFMC token request failed: {}", e.getMessage());
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

    private record CachedToken(AccessToken token, Instant renewAt, long sequence) {
    }
}
