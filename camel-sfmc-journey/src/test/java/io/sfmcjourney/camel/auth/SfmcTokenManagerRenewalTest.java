package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.testsupport.MutableClock;
import org.apache.hc.client5.http.utils.DateUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The renewal window, renewal failures and the back-off of {@link SfmcTokenManager}, driven by a scripted token source
 * and a hand-moved clock: no sleeps, no timing assertions (waits on latches only guard against a hang).
 */
class SfmcTokenManagerRenewalTest {

    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final long LIFETIME = 1079;
    private static final SfmcCredentials CREDENTIALS = new SfmcCredentials("https://sub.auth.example/v2/token",
            "client-1", "secret", null, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-04T10:00:00Z"));
    private final ScriptedEndpoint endpoint = new ScriptedEndpoint();
    private final SfmcTokenManager tokens = new SfmcTokenManager(CREDENTIALS, MARGIN, clock, endpoint,
            Duration.ofSeconds(1), Duration.ofSeconds(60));
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        endpoint.release();
        pool.shutdownNow();
    }

    @Test
    void tokenInsideTheRefreshMarginIsRenewedByOneCallerWhileOthersKeepUsingIt() throws Exception {
        assertThat(tokens.token().value()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(LIFETIME - 30));
        endpoint.holdNext();

        Future<AccessToken> renewing = pool.submit(tokens::token);
        endpoint.awaitHeld();
        List<String> meanwhile = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            meanwhile.add(tokens.token().value());
        }

        assertThat(meanwhile).containsOnly("tok-1");
        assertThat(endpoint.requests()).isEqualTo(2);
        assertThat(renewing).isNotDone();
        endpoint.release();
        assertThat(renewing.get(20, TimeUnit.SECONDS).value()).isEqualTo("tok-2");
        assertThat(tokens.token().value()).isEqualTo("tok-2");
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void theRenewalWindowStartsAtItsInstantNotAtTheMillisecondAroundIt() throws Exception {
        clock.advance(Duration.ofNanos(500)); // the window then opens 500 ns into a millisecond
        assertThat(tokens.token().value()).isEqualTo("tok-1");
        Instant renewAt = clock.instant().plusSeconds(LIFETIME).minus(MARGIN);

        clock.advance(Duration.between(clock.instant(), renewAt.minusNanos(100)));
        assertThat(clock.millis()).isEqualTo(renewAt.toEpochMilli());
        assertThat(tokens.token().value()).isEqualTo("tok-1");
        assertThat(endpoint.requests()).isEqualTo(1);

        clock.advance(Duration.ofNanos(100));
        assertThat(tokens.token().value()).isEqualTo("tok-2");
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void aTokenValidBeyondTheMillisecondRangeIsCachedAndServed() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        SfmcTokenManager lasting = new SfmcTokenManager(CREDENTIALS, MARGIN, clock, requestedAt -> {
            requests.incrementAndGet();
            return new AccessToken("lasting", Instant.MAX, "https://sub.rest.example", "journeys_read");
        }, Duration.ofSeconds(1), Duration.ofSeconds(60));

        assertThat(lasting.token().value()).isEqualTo("lasting");
        clock.advance(Duration.ofDays(365));
        assertThat(lasting.token().value()).isEqualTo("lasting");
        assertThat(requests).hasValue(1);
    }

    @Test
    void callersWithAnExpiredTokenWaitForTheRenewalInFlight() throws Exception {
        tokens.token();
        clock.advance(Duration.ofSeconds(LIFETIME));
        endpoint.holdNext();

        Future<AccessToken> first = pool.submit(tokens::token);
        endpoint.awaitHeld();
        CompletableFuture<AccessToken> second = CompletableFuture.supplyAsync(() -> {
            try {
                return tokens.token();
            } catch (IOException | SfmcJourneyApiException e) {
                throw new IllegalStateException(e);
            }
        }, pool);
        endpoint.release();

        assertThat(first.get(20, TimeUnit.SECONDS).value()).isEqualTo("tok-2");
        assertThat(second.get(20, TimeUnit.SECONDS).value()).isEqualTo("tok-2");
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void renewalFailingWhileTheTokenIsValidKeepsTheTokenAndBacksOff() throws Exception {
        tokens.token();
        clock.advance(Duration.ofSeconds(LIFETIME - 30));
        endpoint.failFromNow(new IOException("connection reset"));

        for (int i = 0; i < 20; i++) {
            assertThat(tokens.token().value()).isEqualTo("tok-1");
        }
        assertThat(endpoint.requests()).isEqualTo(2);
        assertThat(tokens.backoffRemaining()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token().value()).isEqualTo("tok-1");
        assertThat(endpoint.requests()).isEqualTo(3);
        assertThat(tokens.backoffRemaining()).isEqualTo(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(29));
        IOException expired = catchThrowableOfType(IOException.class, tokens::token);
        assertThat(expired).hasMessageContaining("connection reset");
        assertThat(endpoint.requests()).isEqualTo(4);

        endpoint.succeedFromNow();
        clock.advance(tokens.backoffRemaining());
        assertThat(tokens.token().value()).startsWith("tok-");
        assertThat(tokens.backoffRemaining()).isZero();
        assertThat(endpoint.requests()).isEqualTo(5);
    }

    @Test
    void failingEndpointGetsOneRequestPerBackoffIntervalHoweverManyCallsAndProbes() {
        // three callers (routes, a health probe) every 500 ms for ten minutes
        endpoint.failFromNow(apiError(500, Map.of()));
        int failedCalls = 0;
        List<Instant> requestTimes = new ArrayList<>();
        for (int tick = 0; tick < 1200; tick++) {
            for (int caller = 0; caller < 3; caller++) {
                long before = endpoint.requests();
                try {
                    tokens.token();
                } catch (SfmcJourneyApiException | IOException e) {
                    failedCalls++;
                }
                if (endpoint.requests() > before) {
                    requestTimes.add(clock.instant());
                }
            }
            clock.advance(Duration.ofMillis(500));
        }

        Instant start = Instant.parse("2024-05-04T10:00:00Z");
        List<Instant> expected = new ArrayList<>();
        for (long second : new long[] { 0, 1, 3, 7, 15, 31, 63, 123, 183, 243, 303, 363, 423, 483, 543 }) {
            expected.add(start.plusSeconds(second));
        }
        assertThat(failedCalls).isEqualTo(3600);
        assertThat(requestTimes).isEqualTo(expected);
        assertThat(tokens.stats().failedTokenRequests()).isEqualTo(expected.size());
    }

    @Test
    void callersDuringTheBackoffGetTheLastFailureOfTheSameType() {
        endpoint.failFromNow(apiError(401, Map.of()));
        catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);

        SfmcJourneyApiException fast = catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);

        assertThat(fast.getStatusCode()).isEqualTo(401);
        assertThat(fast.getMethod()).isEqualTo("token");
        assertThat(fast.getMessage()).contains("no new request before 2024-05-04T10:00:01Z");
        assertThat(endpoint.requests()).isEqualTo(1);
    }

    @Test
    void retryAfterSecondsOf429And503LengthensTheBackoff() {
        endpoint.failFromNow(apiError(429, Map.of("Retry-After", "120")));
        catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);
        assertThat(tokens.backoffRemaining()).isEqualTo(Duration.ofSeconds(120));

        clock.advance(Duration.ofSeconds(119));
        catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);
        assertThat(endpoint.requests()).isEqualTo(1);

        endpoint.failFromNow(apiError(503, Map.of("Retry-After", "1")));
        clock.advance(Duration.ofSeconds(1));
        catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);
        assertThat(endpoint.requests()).isEqualTo(2);
        assertThat(tokens.backoffRemaining()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterHttpDateOf503IsHonoured() {
        String date = DateUtils.formatStandardDate(clock.instant().plusSeconds(45));
        endpoint.failFromNow(apiError(503, Map.of("Retry-After", date)));

        catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);

        assertThat(tokens.backoffRemaining()).isEqualTo(Duration.ofSeconds(45));
    }

    private SfmcJourneyApiException apiError(int status, Map<String, String> headers) {
        return new SfmcJourneyApiException("SFMC token request failed: " + status, "token", "POST",
                CREDENTIALS.authUrl(), status, "", headers, "{}", null, null);
    }

    /** Issues tok-1, tok-2, ... valid {@value #LIFETIME} s; can fail, or hold a request until released. */
    private final class ScriptedEndpoint implements TokenRequester {

        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger issued = new AtomicInteger();
        private volatile Exception failure;
        private volatile CountDownLatch held = new CountDownLatch(0);
        private volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public AccessToken request(Instant requestedAt) throws IOException, SfmcJourneyApiException {
            requests.incrementAndGet();
            held.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Exception fail = failure;
            if (fail instanceof IOException io) {
                throw io;
            }
            if (fail instanceof SfmcJourneyApiException api) {
                throw api;
            }
            return new AccessToken("tok-" + issued.incrementAndGet(), requestedAt.plusSeconds(LIFETIME),
                    "https://sub.rest.example", "journeys_read");
        }

        void holdNext() {
            held = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            release.countDown();
        }

        void failFromNow(Exception e) {
            failure = e;
        }

        void succeedFromNow() {
            failure = null;
        }

        int requests() {
            return requests.get();
        }
    }
}
