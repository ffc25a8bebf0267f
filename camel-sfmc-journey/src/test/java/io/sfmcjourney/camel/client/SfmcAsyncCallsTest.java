package io.sfmcjourney.camel.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.camel.testsupport.FakeHttpServer;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Answer;
import io.sfmcjourney.camel.testsupport.TestHttpSettings;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous driver of {@link SfmcRestClient}'s attempts: a wait is handed to the scheduler (no thread sleeps),
 * the next attempt runs on the I/O pool, and a continuation the stopping component refuses ends the call with the
 * outcome it would have had without the retry.
 */
class SfmcAsyncCallsTest {

    private static final String EVENTS = "/interaction/v1/events";
    private static final String THROTTLED = "{\"message\":\"Too many requests\",\"errorcode\":50100}";

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private FakeHttpServer server;
    private CloseableHttpClient http;

    @BeforeEach
    void start() throws Exception {
        server = FakeHttpServer.start();
        server.route("/v2/token").always(Answer.token("token-1", 1079, server.url() + "/"));
        http = SfmcHttpClientFactory.create(TestHttpSettings.with(Duration.ofSeconds(5), 1_000_000, builder -> { }));
    }

    @AfterEach
    void stop() throws Exception {
        io.shutdownNow();
        scheduler.shutdownNow();
        http.close();
        server.close();
    }

    private SfmcRestClient client(boolean retryAmbiguous) {
        SfmcTokenManager tokens = new SfmcTokenManager(http, new SfmcCredentials(server.url() + "/v2/token", "client-1",
                "secret", null, null), Duration.ofSeconds(60));
        return new SfmcRestClient(http, tokens, null, new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1),
                Duration.ofMinutes(1), retryAmbiguous), (delay) -> {
                    throw new AssertionError("an asynchronous call must not sleep");
                }, () -> 1.0, java.time.Clock.systemUTC());
    }

    private static SfmcRequest post() {
        return new SfmcRequest("postInteractionsEvents", "POST", EVENTS, List.of(),
                "{\"ContactKey\":\"c-1\"}".getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void retryAfterIsAScheduledContinuationNotASleep() throws Exception {
        server.route(EVENTS).then(Answer.json(429, THROTTLED).withHeader("Retry-After", "1"))
                .then(Answer.json(201, "{\"eventInstanceId\":\"e-1\"}"));
        SfmcAsyncCalls calls = new SfmcAsyncCalls(io, scheduler);

        CompletableFuture<SfmcResponse> call = calls.executeFromCaller(client(false), post());

        assertThat(call.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(server.route(EVENTS).count()).isEqualTo(2);
    }

    @Test
    void aRetryTheStoppingComponentRefusesEndsWithTheOutcomeWithoutIt() throws Exception {
        server.route(EVENTS).always(Answer.json(503, "{\"message\":\"Unavailable\",\"errorcode\":50300}"));
        ScheduledExecutorService refusing = Executors.newSingleThreadScheduledExecutor();
        refusing.shutdown();
        SfmcAsyncCalls calls = new SfmcAsyncCalls(io, refusing);

        CompletableFuture<SfmcResponse> call = calls.execute(client(true), post());

        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> call.get(10, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOf(SfmcOutcomeUnknownException.class);
        assertThat(failure.getCause().getSuppressed())
                .anySatisfy(suppressed -> assertThat(suppressed).isInstanceOf(RejectedExecutionException.class));
        assertThat(server.route(EVENTS).count()).isEqualTo(1);
    }

    @Test
    void delayRunsTheStepOnThePoolOnceDue() throws Exception {
        SfmcAsyncCalls calls = new SfmcAsyncCalls(io, scheduler);

        String thread = calls.delay(Duration.ofMillis(50), () -> Thread.currentThread().getName())
                .get(10, TimeUnit.SECONDS);

        assertThat(thread).startsWith("pool-");
    }
}
