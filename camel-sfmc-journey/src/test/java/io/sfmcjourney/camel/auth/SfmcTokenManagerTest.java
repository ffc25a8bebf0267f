package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.client.SfmcHttpClientFactory;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.camel.testsupport.FakeHttpServer;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Answer;
import io.sfmcjourney.camel.testsupport.MutableClock;
import io.sfmcjourney.camel.testsupport.TestHttpSettings;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SfmcTokenManagerTest {

    private static final String SECRET = "s3cr3t-client-secret";
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private FakeHttpServer server;
    private CloseableHttpClient http;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-04T10:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = FakeHttpServer.start();
        http = SfmcHttpClientFactory.create(TestHttpSettings.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    private SfmcCredentials credentials(String accountId, String scope) {
        return new SfmcCredentials(server.url() + "/v2/token", "client-1", SECRET, accountId, scope);
    }

    private SfmcTokenManager manager() {
        return new SfmcTokenManager(http, credentials("12345", "journeys_read"), MARGIN, clock);
    }

    @Test
    void sendsClientCredentialsAsJsonAndParsesTheAnswer() throws Exception {
        server.route("/v2/token").always(Answer.token("tok-1", 1079, server.url() + "/"));

        AccessToken token = manager().token();

        assertThat(token.value()).isEqualTo("tok-1");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(1079));
        assertThat(token.restInstanceUrl()).isEqualTo(server.url());
        assertThat(token.scope()).isEqualTo("journeys_read journeys_write");
        FakeHttpServer.Recorded request = server.route("/v2/token").requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = SfmcJson.mapper().readTree(request.body());
        assertThat(body.path("grant_type").asText()).isEqualTo("client_credentials");
        assertThat(body.path("client_id").asText()).isEqualTo("client-1");
        assertThat(body.path("client_secret").asText()).isEqualTo(SECRET);
        assertThat(body.path("account_id").asText()).isEqualTo("12345");
        assertThat(body.path("scope").asText()).isEqualTo("journeys_read");
    }

    @Test
    void omitsAccountIdAndScopeWhenNotConfigured() throws Exception {
        server.route("/v2/token").always(Answer.token("tok-1", 1079, server.url()));

        new SfmcTokenManager(http, credentials(null, null), MARGIN, clock).token();

        JsonNode body = SfmcJson.mapper().readTree(server.route("/v2/token").requests().get(0).body());
        assertThat(body.has("account_id")).isFalse();
        assertThat(body.has("scope")).isFalse();
    }

    @Test
    void cachesTheTokenUntilTheRefreshMargin() throws Exception {
        server.route("/v2/token").then(Answer.token("tok-1", 1079, server.url()))
                .then(Answer.token("tok-2", 1079, server.url()));
        SfmcTokenManager tokens = manager();

        assertThat(tokens.token().value()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(1079 - 61));
        assertThat(tokens.token().value()).isEqualTo("tok-1");
        assertThat(server.route("/v2/token").count()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token().value()).isEqualTo("tok-2");
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void shortLivedTokensAreRenewedInTheLastTenthOfTheirLifetime() throws Exception {
        server.route("/v2/token").then(Answer.token("tok-1", 100, server.url()))
                .then(Answer.token("tok-2", 100, server.url()));
        SfmcTokenManager tokens = manager();

        tokens.token();
        clock.advance(Duration.ofSeconds(89));
        assertThat(tokens.token().value()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token().value()).isEqualTo("tok-2");
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void concurrentCallersShareOneTokenRequest() throws Exception {
        server.route("/v2/token").always(Answer.token("tok-1", 1079, server.url()).after(Duration.ofMillis(300)));
        SfmcTokenManager tokens = manager();

        List<AccessToken> results = runConcurrently(64, tokens::token);

        assertThat(results).hasSize(64).allSatisfy(t -> assertThat(t.value()).isEqualTo("tok-1"));
        assertThat(server.route("/v2/token").count()).isEqualTo(1);
        assertThat(tokens.stats().tokenRequests()).isEqualTo(1);
    }

    @Test
    void concurrentCallersShareAFailure() throws Exception {
        server.route("/v2/token").always(Answer.json(500, "{}").after(Duration.ofMillis(300)));
        SfmcTokenManager tokens = manager();
        AtomicInteger failed = new AtomicInteger();

        runConcurrently(16, () -> {
            try {
                return tokens.token();
            } catch (SfmcJourneyApiException e) {
                failed.incrementAndGet();
                return null;
            }
        });

        assertThat(failed).hasValue(16);
        assertThat(server.route("/v2/token").count()).isEqualTo(1);
    }

    @Test
    void renewAfterRejectionOfAStaleTokenReturnsTheCachedOne() throws Exception {
        server.route("/v2/token").then(Answer.token("tok-1", 1079, server.url()))
                .then(Answer.token("tok-2", 1079, server.url()))
                .then(Answer.token("tok-3", 1079, server.url()));
        SfmcTokenManager tokens = manager();
        AccessToken first = tokens.token();

        AccessToken second = tokens.renewAfterRejection(first);
        AccessToken afterStaleRejection = tokens.renewAfterRejection(first);

        assertThat(second.value()).isEqualTo("tok-2");
        assertThat(afterStaleRejection.value()).isEqualTo("tok-2");
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void concurrentRejectionsOfTheSameTokenCauseOneRenewal() throws Exception {
        server.route("/v2/token").then(Answer.token("tok-1", 1079, server.url()))
                .always(Answer.token("tok-2", 1079, server.url()).after(Duration.ofMillis(200)));
        SfmcTokenManager tokens = manager();
        AccessToken rejected = tokens.token();

        List<AccessToken> renewed = runConcurrently(32, () -> tokens.renewAfterRejection(rejected));

        assertThat(renewed).allSatisfy(t -> assertThat(t.value()).isEqualTo("tok-2"));
        assertThat(server.route("/v2/token").count()).isEqualTo(2);
    }

    @Test
    void failedTokenRequestExplainsWithoutTheSecret() {
        server.route("/v2/token").always(Answer.json(401, "{\"error\":\"invalid_client\",\"error_description\":"
                                                          + "\"Client authentication failed.\",\"error_uri\":\"https://developer.salesforce.com/docs\"}"));
        SfmcTokenManager tokens = manager();

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class, tokens::token);

        assertThat(e.getMethod()).isEqualTo("token");
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getSfmcMessage()).isEqualTo("Client authentication failed.");
        assertThat(e.getMessage()).isEqualTo("SFMC token request to " + server.url()
                                             + "/v2/token failed: 401 invalid_client: Client authentication failed.");
        assertThat(e.getResponseBody()).contains("invalid_client");
        assertThat(e.toString() + e.getResponseBody() + e.getUri()).doesNotContain(SECRET);
        TokenStats stats = tokens.stats();
        assertThat(stats.failedTokenRequests()).isEqualTo(1);
        assertThat(stats.lastError()).isEqualTo(e.getMessage());
        assertThat(stats.lastErrorAt()).isEqualTo(clock.instant());
        assertThat(stats.validUntil()).isNull();
    }

    @Test
    void secretEchoedByTheServerIsMasked() {
        server.route("/v2/token").always(Answer.json(400, "{\"error\":\"invalid_request\",\"error_description\":"
                                                          + "\"bad secret " + SECRET + "\"}"));

        SfmcJourneyApiException e = catchThrowableOfType(SfmcJourneyApiException.class, manager()::token);

        assertThat(e.getMessage()).contains("bad secret ******");
        assertThat(e.getMessage() + e.getResponseBody() + e.getSfmcMessage()).doesNotContain(SECRET);
    }

    @Test
    void answerWithoutAccessTokenIsAnError() {
        server.route("/v2/token").always(Answer.json(200, "{\"expires_in\":1079}"));

        assertThatThrownBy(manager()::token).isInstanceOf(IOException.class)
                .hasMessageContaining("lacks access_token");
    }

    @Test
    void statsShowRefreshAndValidityButNeverTheToken() throws Exception {
        server.route("/v2/token").always(Answer.token("tok-secret-value", 1079, server.url()));
        SfmcTokenManager tokens = manager();

        AccessToken token = tokens.token();

        TokenStats stats = tokens.stats();
        assertThat(stats.tokenRequests()).isEqualTo(1);
        assertThat(stats.lastRefresh()).isEqualTo(clock.instant());
        assertThat(stats.validUntil()).isEqualTo(token.expiresAt());
        assertThat(stats.lastError()).isNull();
        assertThat(stats + " " + token + " " + tokens + " " + tokens.credentials())
                .doesNotContain("tok-secret-value").doesNotContain(SECRET);
    }

    @Test
    void plainHttpAuthUrlToAnotherHostIsRefusedBeforeAnyConnection() {
        AtomicInteger executions = new AtomicInteger();
        try (CloseableHttpClient counting = SfmcHttpClientFactory.create(TestHttpSettings.with(Duration.ofSeconds(1),
                0, builder -> builder.addExecInterceptorFirst("count", (request, scope, chain) -> {
                    executions.incrementAndGet();
                    return chain.proceed(request, scope);
                })))) {
            SfmcCredentials credentials = new SfmcCredentials("http://auth.example.invalid/v2/token", "client-1",
                    SECRET, null, null);

            assertThatThrownBy(() -> new SfmcTokenManager(counting, credentials, MARGIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("authUrl")
                    .hasMessageContaining("https")
                    .hasMessageNotContaining(SECRET);
            assertThat(executions).hasValue(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void missingClientSecretIsRefused() {
        SfmcCredentials noSecret = new SfmcCredentials(server.url() + "/v2/token", "client-1", " ", null, null);

        assertThatThrownBy(() -> new SfmcTokenManager(http, noSecret, MARGIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
    }

    private static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(20, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
