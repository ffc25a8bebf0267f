package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import io.sfmcjourney.camel.api.Replay;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Answer;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Recorded;
import io.sfmcjourney.camel.testsupport.FakeHttpServer;
import io.sfmcjourney.camel.testsupport.MutableClock;
import io.sfmcjourney.camel.testsupport.TestHttpSettings;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.utils.DateUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SfmcRestClientTest {

    private static final String SECRET = "client-secret-xyz";
    private static final String TOKEN = "bearer-token-abc";
    private static final String JOURNEYS = "/interaction/v1/interactions";
    private static final Duration INITIAL = Duration.ofMillis(100);
    private static final RetryPolicy POLICY = new RetryPolicy(3, INITIAL, Duration.ofSeconds(10),
            Duration.ofMinutes(2), false);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-04T10:00:00Z"));
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final AtomicInteger executions = new AtomicInteger();
    private FakeHttpServer server;
    private CloseableHttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = FakeHttpServer.start();
        http = httpClient(Duration.ofSeconds(5), 1_000_000);
        server.route("/v2/token").always(Answer.token(TOKEN, 1079, server.url() + "/"));
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    private CloseableHttpClient httpClient(Duration responseTimeout, long maxResponseSize) {
        return SfmcHttpClientFactory.create(TestHttpSettings.with(responseTimeout, maxResponseSize,
                builder -> builder.addExecInterceptorFirst("count", (request, scope, chain) -> {
                    executions.incrementAndGet();
                    return chain.proceed(request, scope);
                })));
    }

    private SfmcTokenManager tokens() {
        return new SfmcTokenManager(http, new SfmcCredentials(server.url() + "/v2/token", "client-1", SECRET, null,
                null), Duration.ofSeconds(60), clock);
    }

    private SfmcRestClient client(RetryPolicy policy) {
        return client(policy, null);
    }

    private SfmcRestClient client(RetryPolicy policy, String restUrlOverride) {
        return new SfmcRestClient(http, tokens(), restUrlOverride, policy, this::sleep, () -> 1.0, clock);
    }

    /** Records the wait and lets the clock pass it, as a real wait would. */
    private void sleep(Duration delay) {
        sleeps.add(delay);
        clock.advance(delay);
    }

    private static SfmcRequest get(String path) {
        return new SfmcRequest("getInteraction", "GET", path, List.of(), null, true);
    }

    private static SfmcRequest post(String body) {
        return new SfmcRequest("postInteractionsEvents", "POST", "/interaction/v1/events", List.of(),
                body.getBytes(StandardCharsets.UTF_8), false);
    }

    private static RetryPolicy retryAmbiguous() {
        return new RetryPolicy(3, INITIAL, Duration.ofSeconds(10), Duration.ofMinutes(2), true);
    }

    private static String throttled(int errorcode) {
        return "{\"message\":\"Too many requests\",\"errorcode\":" + errorcode + ",\"documentation\":\"\"}";
    }

    @Test
    void getSendsBearerTokenAndEncodedQuery() throws Exception {
        server.route(JOURNEYS).always(Answer.json(200, "{\"count\":0,\"items\":[]}").withHeader("X-Test", "yes"));
        SfmcRequest request = new SfmcRequest("getInteractionCollection", "GET", JOURNEYS,
                List.of(Map.entry("$page", "2"), Map.entry("$pageSize", "50"), Map.entry("nameOrDescription", "a b&c=d/é")),
                null, true);

        SfmcResponse response = client(POLICY).execute(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"count\":0,\"items\":[]}");
        assertThat(response.headers()).containsEntry("X-test", "yes");
        Recorded sent = server.route(JOURNEYS).requests().get(0);
        assertThat(sent.path()).isEqualTo(JOURNEYS);
        assertThat(sent.rawQuery()).isEqualTo("$page=2&$pageSize=50&nameOrDescription=a%20b%26c%3Dd%2F%C3%A9");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.header("Content-Type")).isNull();
        assertThat(sent.header("User-Agent")).isEqualTo("sfmc-journey-test/1.0");
    }

    @Test
    void postSendsJsonBodyWithUtf8ContentType() throws Exception {
        server.route("/interaction/v1/events").always(Answer.json(201, "{\"eventInstanceId\":\"e-1\"}"));

        SfmcResponse response = client(POLICY).execute(post("{\"ContactKey\":\"é\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
        Recorded sent = server.route("/interaction/v1/events").requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.header("Content-Type")).isEqualToIgnoringCase("application/json; charset=UTF-8");
        assertThat(sent.bodyText()).isEqualTo("{\"ContactKey\":\"é\"}");
    }

    @Test
    void notModifiedIsASuccessWithEmptyBody() throws Exception {
        server.route(JOURNEYS).always(Answer.json(304, ""));

        SfmcResponse response = client(POLICY).execute(get(JOURNEYS + "/abc"));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.hasBody()).isFalse();
    }

    @Test
    void restUrlOverrideReplacesTheInstanceUrl() throws Exception {
        server.route("/v2/token").always(Answer.token(TOKEN, 1079, "https://sub.rest.marketingcloudapis.com/"));
        server.route("/prefix" + JOURNEYS).always(Answer.json(200, "{}"));

        SfmcRestClient client = client(POLICY, server.url() + "/prefix/");
        client.execute(get(JOURNEYS));

        assertThat(server.route("/prefix" + JOURNEYS).count()).isEqualTo(1);
        assertThat(client.baseUrl()).isEqualTo(server.url() + "/prefix");
    }

    @Test
    void unauthorizedIsReplayedOnceWithARenewedToken() throws Exception {
        server.route("/v2/token").then(Answer.token("old-token", 1079, server.url()))
                .then(Answer.token("new-token", 1079, server.url()));
        server.route("/interaction/v1/events")
                .then(Answer.json(401, "{\"errorcode\":0,\"message\":\"Not Authorized\"}"))
                .always(Answer.json(201, "{}"));

        SfmcResponse response = client(POLICY).execute(post("{}"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(server.route("/interaction/v1/events").requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer old-token", "Bearer new-token");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void secondUnauthorizedFails() {
        server.route(JOURNEYS).always(Answer.json(401, "{\"errorcode\":0,\"message\":\"Not Authorized\"}"));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(POLICY).execute(get(JOURNEYS + "/abc")));

        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isZero();
        assertThat(server.route(JOURNEYS).count()).isEqualTo(2);
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void throttlingHonoursRetryAfterHeaderForEveryVerb() throws Exception {
        server.route("/interaction/v1/events")
                .then(Answer.json(429, throttled(50100)).withHeader("Retry-After", "5"))
                .always(Answer.json(201, "{}"));

        assertThat(client(POLICY).execute(post("{}")).statusCode()).isEqualTo(201);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
        assertThat(server.route("/interaction/v1/events").count()).isEqualTo(2);
    }

    @Test
    void throttlingFallsBackToTheBodyRetryAfter() throws Exception {
        server.route(JOURNEYS).then(Answer.json(429, "{\"message\":\"Too many\",\"errorcode\":50100,\"retryAfter\":7}"))
                .always(Answer.json(200, "{}"));

        client(POLICY).execute(get(JOURNEYS));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterMayBeAnHttpDate() throws Exception {
        String inNineSeconds = DateUtils.formatStandardDate(clock.instant().plusSeconds(9));
        server.route(JOURNEYS).then(Answer.json(503, "{\"errorcode\":50300}").withHeader("Retry-After", inNineSeconds))
                .always(Answer.json(200, "{}"));

        client(POLICY).execute(get(JOURNEYS));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void concurrencyBlockBacksOffLongerThanOtherFailures() throws Exception {
        server.route(JOURNEYS).then(Answer.json(429, throttled(50200)))
                .then(Answer.json(503, "{\"errorcode\":50300}"))
                .always(Answer.json(200, "{}"));

        client(POLICY).execute(get(JOURNEYS));

        assertThat(sleeps).containsExactly(INITIAL.multipliedBy(4), INITIAL.multipliedBy(2));
    }

    @Test
    void serviceUnavailableOfAPostIsOutcomeUnknownAndNotReplayed() {
        server.route("/interaction/v1/events").then(Answer.json(503, "{\"errorcode\":50300}"))
                .always(Answer.json(201, "{}"));

        SfmcOutcomeUnknownException e = catchThrowableOfType(SfmcOutcomeUnknownException.class,
                () -> client(POLICY).execute(post("{}")));

        assertThat(e.getStatusCode()).isEqualTo(503);
        assertThat(e.getMethod()).isEqualTo("postInteractionsEvents");
        assertThat(e.getPath()).isEqualTo("/interaction/v1/events");
        assertThat(e.getCause()).isNull();
        assertThat(e.getFailure()).isInstanceOf(SfmcJourneyApiException.class);
        assertThat(server.route("/interaction/v1/events").count()).isEqualTo(1);
    }

    @Test
    void serviceUnavailableOfAPostIsReplayedWhenAllowed() throws Exception {
        server.route("/interaction/v1/events").then(Answer.json(503, "{\"errorcode\":50300}"))
                .always(Answer.json(201, "{}"));

        assertThat(client(retryAmbiguous()).execute(post("{}")).statusCode()).isEqualTo(201);
        assertThat(sleeps).containsExactly(INITIAL);
    }

    @Test
    void serverErrorIsRetriedOnlyForReplayableCalls() throws Exception {
        server.route(JOURNEYS).then(Answer.json(502, "{}")).always(Answer.json(200, "{}"));
        server.route("/interaction/v1/events").then(Answer.json(500, "{\"errorcode\":500}"))
                .always(Answer.json(201, "{}"));
        SfmcRestClient client = client(POLICY);

        assertThat(client.execute(get(JOURNEYS)).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> client.execute(post("{}"))).isInstanceOf(SfmcOutcomeUnknownException.class)
                .extracting(e -> ((SfmcOutcomeUnknownException) e).getStatusCode()).isEqualTo(500);
        assertThat(server.route("/interaction/v1/events").count()).isEqualTo(1);
    }

    @Test
    void retriesStopAfterMaxRetries() {
        server.route(JOURNEYS).always(Answer.json(503, "{\"errorcode\":50300}"));

        assertThatThrownBy(() -> client(POLICY).execute(get(JOURNEYS))).isInstanceOf(SfmcJourneyApiException.class);

        assertThat(server.route(JOURNEYS).count()).isEqualTo(POLICY.maxRetries() + 1);
        assertThat(sleeps).containsExactly(INITIAL, INITIAL.multipliedBy(2), INITIAL.multipliedBy(4));
    }

    @Test
    void totalWaitNeverExceedsMaxTotalWait() {
        server.route(JOURNEYS).always(Answer.json(429, throttled(50100)).withHeader("Retry-After", "5"));
        RetryPolicy policy = new RetryPolicy(10, INITIAL, Duration.ofSeconds(10), Duration.ofSeconds(12), false);

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(policy).execute(get(JOURNEYS)));

        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(server.route(JOURNEYS).count()).isEqualTo(3);
    }

    @Test
    void postIsNotReplayedAfterTheConnectionDroppedOnceSent() {
        server.route("/interaction/v1/events").then(Answer.closeConnection()).always(Answer.json(201, "{}"));

        assertThatThrownBy(() -> client(POLICY).execute(post("{}")))
                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> {
                    assertThat(e.getMethod()).isEqualTo("postInteractionsEvents");
                    assertThat(e.getVerb()).isEqualTo("POST");
                    assertThat(e.getStatusCode()).isNull();
                    assertThat(e.getFailure()).isInstanceOf(IOException.class);
                });
        assertThat(server.route("/interaction/v1/events").count()).isEqualTo(1);
    }

    @Test
    void twoHundredCarryingTheErrorEnvelopeIsADefiniteRefusal() {
        server.route(JOURNEYS).always(Answer.json(202,
                "{\"message\":\"AllVersions=true or VersionNumber required.\",\"errorcode\":10005,\"documentation\":\"\"}"));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(POLICY).execute(get(JOURNEYS)));

        assertThat(e.getStatusCode()).isEqualTo(202);
        assertThat(e.getErrorCode()).isEqualTo(10005);
        assertThat(server.route(JOURNEYS).count()).isEqualTo(1);
    }

    @Test
    void deleteWhoseReplayAnswers404HasSucceeded() throws Exception {
        server.route(JOURNEYS + "/j-1").then(Answer.closeConnection())
                .always(Answer.json(404, "{\"message\":\"Interaction not found.\",\"errorcode\":30003}"));

        SfmcResponse response = client(POLICY).execute(call("deleteInteraction", "DELETE", Replay.DELETE_VERIFIED_BY_404));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.hasBody()).isFalse();
        assertThat(server.route(JOURNEYS + "/j-1").count()).isEqualTo(2);
    }

    @Test
    void deleteAnswering404WithoutAnEarlierAttemptIsNotFound() {
        server.route(JOURNEYS + "/j-1").always(Answer.json(404, "{\"errorcode\":30003}"));

        assertThatThrownBy(() -> client(POLICY).execute(call("deleteInteraction", "DELETE",
                Replay.DELETE_VERIFIED_BY_404))).isInstanceOf(SfmcJourneyApiException.class);
    }

    @Test
    void putIsNotReplayedAndItsOptedInReplayRefusalIsNoFailure() {
        server.route(JOURNEYS + "/j-1").then(Answer.closeConnection())
                .always(Answer.json(409, "{\"message\":\"Another user recently modified this journey.\",\"errorcode\":30002}"));

        assertThatThrownBy(() -> client(POLICY).execute(call("updateInteractionById", "PUT", Replay.NEVER)))
                .isInstanceOf(SfmcOutcomeUnknownException.class);
        assertThat(server.route(JOURNEYS + "/j-1").count()).isEqualTo(1);

        server.route(JOURNEYS + "/j-2").then(Answer.closeConnection())
                .always(Answer.json(409, "{\"message\":\"Another user recently modified this journey.\",\"errorcode\":30002}"));
        SfmcRequest put = new SfmcRequest("updateInteractionById", "PUT", JOURNEYS + "/j-2", List.of(),
                "{}".getBytes(StandardCharsets.UTF_8), Replay.NEVER);
        SfmcOutcomeUnknownException e = catchThrowableOfType(SfmcOutcomeUnknownException.class,
                () -> client(retryAmbiguous()).execute(put));
        assertThat(e.getStatusCode()).isEqualTo(409);
        assertThat(e.getFailure()).isInstanceOf(SfmcJourneyApiException.class);
        assertThat(server.route(JOURNEYS + "/j-2").count()).isEqualTo(2);
    }

    private static SfmcRequest call(String method, String verb, Replay replay) {
        byte[] body = "PUT".equals(verb) ? "{}".getBytes(StandardCharsets.UTF_8) : null;
        return new SfmcRequest(method, verb, JOURNEYS + "/j-1", List.of(), body, replay);
    }

    @Test
    void postIsReplayedAfterADroppedConnectionWhenAllowed() throws Exception {
        server.route("/interaction/v1/events").then(Answer.closeConnection()).always(Answer.json(201, "{}"));

        assertThat(client(retryAmbiguous()).execute(post("{}")).statusCode()).isEqualTo(201);
        assertThat(server.route("/interaction/v1/events").count()).isEqualTo(2);
    }

    @Test
    void getIsReplayedAfterADroppedConnection() throws Exception {
        server.route(JOURNEYS).then(Answer.closeConnection()).always(Answer.json(200, "{}"));

        assertThat(client(POLICY).execute(get(JOURNEYS)).statusCode()).isEqualTo(200);
        assertThat(server.route(JOURNEYS).count()).isEqualTo(2);
    }

    @Test
    void refusedConnectionsAreRetriedEvenForPost() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        IOException e = catchThrowableOfType(IOException.class,
                () -> client(POLICY, "http://127.0.0.1:" + closedPort).execute(post("{}")));

        assertThat(e).hasMessageContaining("postInteractionsEvents").hasRootCauseInstanceOf(ConnectException.class);
        assertThat(sleeps).hasSize(POLICY.maxRetries());
    }

    @Test
    void tokenRequestDroppedInTransportIsRepeated() throws Exception {
        server.route("/v2/token").then(Answer.closeConnection()).always(Answer.token(TOKEN, 1079, server.url()));
        server.route("/interaction/v1/events").always(Answer.json(201, "{}"));

        assertThat(client(POLICY).execute(post("{}")).statusCode()).isEqualTo(201);
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void tokenEndpoint503IsRetriedAfterItsRetryAfterSeconds() throws Exception {
        server.route("/v2/token").then(Answer.json(503, "{\"error\":\"temporarily_unavailable\"}")
                .withHeader("Retry-After", "7")).always(Answer.token(TOKEN, 1079, server.url()));
        server.route(JOURNEYS).always(Answer.json(200, "{}"));

        assertThat(client(POLICY).execute(get(JOURNEYS)).statusCode()).isEqualTo(200);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void tokenEndpoint429IsRetriedAfterItsRetryAfterDate() throws Exception {
        String date = DateUtils.formatStandardDate(clock.instant().plusSeconds(30));
        server.route("/v2/token").then(Answer.json(429, "{\"error\":\"too_many_requests\"}")
                .withHeader("Retry-After", date)).always(Answer.token(TOKEN, 1079, server.url()));
        server.route(JOURNEYS).always(Answer.json(200, "{}"));

        assertThat(client(POLICY).execute(get(JOURNEYS)).statusCode()).isEqualTo(200);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30));
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void tokenEndpointRetryAfterBeyondTheRetryBudgetFailsAtOnce() {
        server.route("/v2/token").always(Answer.json(503, "{}").withHeader("Retry-After", "600"));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(POLICY).execute(get(JOURNEYS)));

        assertThat(e.getMethod()).isEqualTo("token");
        assertThat(e.getStatusCode()).isEqualTo(503);
        assertThat(sleeps).isEmpty();
        assertThat(server.route("/v2/token").count()).isEqualTo(1);
        assertThat(server.route(JOURNEYS).count()).isZero();
    }

    @Test
    void secondReplayWhenTheFirstReplayUsedATokenRenewedBeforeTheRejection() throws Exception {
        server.route("/v2/token").then(Answer.token("tok-1", 1079, server.url()))
                .then(Answer.token("tok-2", 1079, server.url())).then(Answer.token("tok-3", 1079, server.url()));
        server.route(JOURNEYS).then(Answer.json(401, "{\"errorcode\":0,\"message\":\"Not Authorized\"}"))
                .then(Answer.json(401, "{\"errorcode\":0,\"message\":\"Not Authorized\"}"))
                .always(Answer.json(200, "{}"));

        SfmcResponse response = callWhileAnotherCallerRenewsTok1(POLICY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.route(JOURNEYS).requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer tok-1", "Bearer tok-2", "Bearer tok-3");
        assertThat(server.route("/v2/token").count()).isEqualTo(3);
    }

    @Test
    void noThirdReplayWhenTheTokenRenewedForThisCallIsRejectedToo() {
        server.route("/v2/token").then(Answer.token("tok-1", 1079, server.url()))
                .then(Answer.token("tok-2", 1079, server.url())).then(Answer.token("tok-3", 1079, server.url()));
        server.route(JOURNEYS).always(Answer.json(401, "{\"errorcode\":0,\"message\":\"Not Authorized\"}"));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> callWhileAnotherCallerRenewsTok1(POLICY));

        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(server.route(JOURNEYS).requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer tok-1", "Bearer tok-2", "Bearer tok-3");
        assertThat(server.route("/v2/token").count()).isEqualTo(3);
    }

    /**
     * One GET whose first request (with tok-1) is answered only after another caller, rejected with tok-1 as well,
     * has renewed it to tok-2: the replay's token was requested before this call's first 401. Single-threaded: the
     * other caller's renewal runs inside the HTTP client's exec chain, between the answer and its handling.
     */
    private SfmcResponse callWhileAnotherCallerRenewsTok1(RetryPolicy policy) throws Exception {
        SfmcTokenManager tokens = tokens();
        AtomicInteger apiCalls = new AtomicInteger();
        try (CloseableHttpClient hooked = SfmcHttpClientFactory.create(TestHttpSettings.with(Duration.ofSeconds(5),
                1_000_000, builder -> builder.addExecInterceptorFirst("other-caller", (request, scope, chain) -> {
                    var answer = chain.proceed(request, scope);
                    if (apiCalls.incrementAndGet() == 1) {
                        try {
                            tokens.renewAfterRejection(tokens.token());
                        } catch (SfmcJourneyApiException e) {
                            throw new IOException(e);
                        }
                    }
                    return answer;
                })))) {
            return new SfmcRestClient(hooked, tokens, null, policy, this::sleep, () -> 1.0, clock)
                    .execute(get(JOURNEYS + "/abc"));
        }
    }

    @Test
    void unusableTokenAnswerIsNotRepeated() {
        server.route("/v2/token").always(Answer.json(200, "{\"token_type\":\"Bearer\"}"));

        assertThatThrownBy(() -> client(POLICY).execute(get(JOURNEYS))).isInstanceOf(IOException.class)
                .hasMessageContaining("lacks access_token");
        assertThat(server.route("/v2/token").count()).isEqualTo(1);
        assertThat(server.route(JOURNEYS).count()).isZero();
    }

    @Test
    void rejectedCredentialsAreNotRetried() {
        server.route("/v2/token").always(Answer.json(401, "{\"error\":\"invalid_client\"}"));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(POLICY).execute(get(JOURNEYS)));

        assertThat(e.getMethod()).isEqualTo("token");
        assertThat(server.route("/v2/token").count()).isEqualTo(1);
        assertThat(server.route(JOURNEYS).count()).isZero();
    }

    @Test
    void responseTimeoutFromSettingsApplies() throws Exception {
        server.route(JOURNEYS).always(Answer.hang());
        http.close();
        http = httpClient(Duration.ofMillis(300), 1_000_000);
        RetryPolicy noRetries = new RetryPolicy(0, INITIAL, INITIAL, INITIAL, false);

        SfmcOutcomeUnknownException e = catchThrowableOfType(SfmcOutcomeUnknownException.class,
                () -> client(noRetries).execute(get(JOURNEYS)));

        assertThat(e.getMethod()).isEqualTo("getInteraction");
        assertThat(e.getFailure()).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void oversizedResponseWithContentLengthIsRefused() {
        server.route(JOURNEYS).always(Answer.of(200, "application/json", new byte[2048]));
        useMaxResponseSize(1024);

        assertThatThrownBy(() -> client(POLICY).execute(get(JOURNEYS)))
                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> assertThat(e.getFailure())
                        .isInstanceOf(SfmcResponseTooLargeException.class)
                        .hasMessage("response of getInteraction exceeds maxResponseSize=1024 bytes"));
        assertThat(server.route(JOURNEYS).count()).isEqualTo(1);
    }

    @Test
    void oversizedChunkedResponseIsRefusedWhileReading() {
        server.route(JOURNEYS).always(Answer.of(200, "application/json", new byte[64 * 1024]).chunked());
        useMaxResponseSize(1024);

        assertThatThrownBy(() -> client(POLICY).execute(get(JOURNEYS)))
                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> assertThat(e.getFailure())
                        .isInstanceOf(SfmcResponseTooLargeException.class)
                        .hasMessageContaining("exceeds maxResponseSize=1024 bytes"));
    }

    @Test
    void responseWithinTheLimitIsRead() throws Exception {
        server.route(JOURNEYS).always(Answer.of(200, "application/json", new byte[1024]).chunked());
        useMaxResponseSize(1024);

        assertThat(client(POLICY).execute(get(JOURNEYS)).body()).hasSize(1024);
    }

    @Test
    void sfmcErrorEnvelopeBecomesAnHttpOperationFailedException() {
        String body = "{\"message\":\"Interaction matching key not found.\",\"errorcode\":30003,\"documentation\":\"\"}";
        server.route(JOURNEYS).always(Answer.json(404, body));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(POLICY).execute(get(JOURNEYS + "/key:my-journey")));

        assertThat(e).isInstanceOf(HttpOperationFailedException.class);
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getResponseBody()).isEqualTo(body);
        assertThat(e.getErrorCode()).isEqualTo(30003);
        assertThat(e.getSfmcMessage()).isEqualTo("Interaction matching key not found.");
        assertThat(e.getMethod()).isEqualTo("getInteraction");
        assertThat(e.getVerb()).isEqualTo("GET");
        assertThat(e.getUri()).isEqualTo(server.url() + JOURNEYS + "/key:my-journey");
        assertThat(e.getMessage()).isEqualTo("getInteraction GET " + JOURNEYS
                                             + "/key:my-journey failed: HTTP 404 errorcode 30003: Interaction matching key not found.");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void htmlErrorPageIsKeptTruncated() {
        String html = "<html><body>" + "x".repeat(10_000) + "</body></html>";
        server.route(JOURNEYS).then(Answer.of(502, "text/html", html.getBytes(StandardCharsets.UTF_8)));
        RetryPolicy noRetries = new RetryPolicy(0, INITIAL, INITIAL, INITIAL, false);

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client(noRetries).execute(get(JOURNEYS)));

        assertThat(e.getErrorCode()).isNull();
        assertThat(e.getSfmcMessage()).isNull();
        assertThat(e.getResponseBody()).startsWith("<html><body>xxx").hasSizeLessThan(4200);
        assertThat(e.getMessage()).isEqualTo("getInteraction GET " + JOURNEYS + " failed: HTTP 502 Bad Gateway");
    }

    @Test
    void tokenAndSecretNeverAppearInFailures() {
        server.route(JOURNEYS).then(Answer.json(400, "{\"message\":\"bad\",\"errorcode\":10000}"))
                .then(Answer.closeConnection());
        SfmcRestClient client = client(new RetryPolicy(0, INITIAL, INITIAL, INITIAL, false));
        SfmcRequest postToJourneys = new SfmcRequest("postInteraction", "POST", JOURNEYS, List.of(),
                "{}".getBytes(StandardCharsets.UTF_8), false);

        SfmcJourneyApiException api = catchThrowableOfType(SfmcJourneyApiException.class,
                () -> client.execute(get(JOURNEYS)));
        SfmcOutcomeUnknownException io = catchThrowableOfType(SfmcOutcomeUnknownException.class,
                () -> client.execute(postToJourneys));

        for (Throwable t : List.of(api, io)) {
            assertThat(t.toString() + t.getMessage()).doesNotContain(TOKEN).doesNotContain(SECRET);
        }
        assertThat(api.getUri() + api.getResponseHeaders() + api.getResponseBody())
                .doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void instanceUrlOutsideSalesforceNeverReceivesTheToken() {
        server.route("/v2/token").always(Answer.token(TOKEN, 1079, "https://evil.example.invalid/"));

        assertThatThrownBy(() -> client(POLICY).execute(get(JOURNEYS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("evil.example.invalid")
                .hasMessageContaining("restUrl")
                .hasMessageNotContaining(TOKEN);
        assertThat(executions).hasValue(1);
        assertThat(server.requests()).extracting(Recorded::path).containsExactly("/v2/token");
    }

    @Test
    void plainHttpInstanceUrlOfSalesforceIsRefused() {
        server.route("/v2/token").always(Answer.token(TOKEN, 1079, "http://sub.rest.marketingcloudapis.com/"));

        assertThatThrownBy(() -> client(POLICY).execute(get(JOURNEYS))).isInstanceOf(IllegalStateException.class);
        assertThat(executions).hasValue(1);
    }

    @Test
    void plainHttpOverrideToAnotherHostIsRefused() {
        assertThatThrownBy(() -> client(POLICY, "http://rest.example.invalid/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restUrl");
        assertThat(executions).hasValue(0);
    }

    private void useMaxResponseSize(long max) {
        try {
            http.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        http = httpClient(Duration.ofSeconds(5), max);
    }
}
