package io.sfmcjourney.camel.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Answer;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Recorded;
import io.sfmcjourney.camel.testsupport.FakeHttpServer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

class SfmcHttpClientFactoryTest {

    private FakeHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = FakeHttpServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SfmcHttpSettings settings(int connectionsPerRoute, String proxyHost, int proxyPort, String proxyUser,
                                      String proxyPassword) {
        return settings(connectionsPerRoute, proxyHost, proxyPort, proxyUser, proxyPassword, 1_000_000);
    }

    private SfmcHttpSettings settings(int connectionsPerRoute, String proxyHost, int proxyPort, String proxyUser,
                                      String proxyPassword, long maxResponseSize) {
        return new SfmcHttpSettings(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5), 10,
                connectionsPerRoute, null, proxyHost, proxyPort, proxyUser, proxyPassword, null,
                builder -> builder.setUserAgent("configured-last/2.0"), "sfmc-journey/0.1", maxResponseSize);
    }

    @Test
    void refusedOversizedResponsesReleaseTheirPooledConnection() throws Exception {
        server.route("/big").always(Answer.of(200, "application/json", new byte[4096]));
        server.route("/chunked").always(Answer.of(200, "application/json", new byte[4096]).chunked());
        server.route("/small").always(Answer.json(200, "{}"));

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings(1, null, 0, null, null, 1024))) {
            for (String path : new String[] { "/big", "/chunked", "/big", "/chunked" }) {
                assertThatThrownBy(() -> SfmcHttpExchange.send(http, new HttpGet(server.url() + path), "big"))
                        .isInstanceOf(SfmcResponseTooLargeException.class);
            }
            assertThat(SfmcHttpExchange.send(http, new HttpGet(server.url() + "/small"), "small").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void answersReadToTheirLengthHandTheOnlyConnectionBack() throws Exception {
        server.route("/events").always(Answer.json(201, "{\"eventInstanceId\":\"e-1\"}"));
        server.route("/none").always(Answer.of(204, "application/json", new byte[0]));

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings(1, null, 0, null, null))) {
            for (int i = 0; i < 5; i++) { // one pooled connection: a call keeping it would time out the next lease
                SfmcResponse answer = SfmcHttpExchange.send(http, new HttpGet(server.url() + "/events"), "events");
                assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"eventInstanceId\":\"e-1\"}");
                assertThat(answer.contentType()).startsWith("application/json");
                assertThat(SfmcHttpExchange.send(http, new HttpGet(server.url() + "/none"), "none").body()).isEmpty();
            }
        }
        assertThat(server.route("/events").count()).isEqualTo(5);
    }

    @Test
    void aCompressedAnswerIsReadWhole() throws Exception {
        String json = "{\"items\":[" + "{\"id\":\"record\"},".repeat(200) + "{}]}";
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        server.route("/history").always(Answer.of(200, "application/json", gzipped.toByteArray())
                .withHeader("Content-Encoding", "gzip"));

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings(1, null, 0, null, null))) {
            for (int i = 0; i < 2; i++) { // its announced length is the compressed one: read to the end, not to it
                SfmcResponse answer = SfmcHttpExchange.send(http, new HttpGet(server.url() + "/history"), "history");
                assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(json);
            }
        }
    }

    @Test
    void configurerRunsLast() throws Exception {
        server.route("/x").always(Answer.json(200, "{}"));

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings(5, null, 0, null, null))) {
            SfmcHttpExchange.send(http, new HttpGet(server.url() + "/x"), "test");
        }

        assertThat(server.route("/x").requests().get(0).header("User-Agent")).isEqualTo("configured-last/2.0");
    }

    @Test
    void responseTimeoutHoldsWhenTheConfigurerReplacesTheConnectionPool() {
        server.route("/hang").always(Answer.hang());
        SfmcHttpSettings settings = new SfmcHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofMillis(300), 10, 5, null, null, 0, null, null, null,
                builder -> builder.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build()),
                "sfmc-journey/0.1", 1_000_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings)) {
                assertThatThrownBy(() -> SfmcHttpExchange.send(http, new HttpGet(server.url() + "/hang"), "hang"))
                        .isInstanceOf(SocketTimeoutException.class);
            }
        });
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        server.route("/moved").always(Answer.json(302, "{}").withHeader("Location", server.url() + "/target"));

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings(5, null, 0, null, null))) {
            SfmcResponse response = SfmcHttpExchange.send(http, new HttpGet(server.url() + "/moved"), "test");
            assertThat(response.statusCode()).isEqualTo(302);
        }
        assertThat(server.requests()).extracting(Recorded::path).containsExactly("/moved");
    }

    @Test
    void requestsGoThroughTheAuthenticatingProxy() throws Exception {
        int port = Integer.parseInt(server.url().substring(server.url().lastIndexOf(':') + 1));
        server.route("/interaction/v1/rest")
                .then(Answer.json(407, "{}").withHeader("Proxy-Authenticate", "Basic realm=\"proxy\""))
                .always(Answer.json(200, "{}"));

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(
                settings(5, "127.0.0.1", port, "proxy-user", "proxy-pass"))) {
            // port 1 on loopback: should the proxy be bypassed, the connection is refused
            SfmcResponse response = SfmcHttpExchange.send(http, new HttpGet("http://localhost:1/interaction/v1/rest"),
                    "discovery");
            assertThat(response.statusCode()).isEqualTo(200);
        }

        String expected = "Basic " + Base64.getEncoder().encodeToString(
                "proxy-user:proxy-pass".getBytes(StandardCharsets.UTF_8));
        assertThat(server.route("/interaction/v1/rest").requests()).extracting(r -> r.header("Proxy-Authorization"))
                .containsExactly(null, expected);
    }

    @Test
    void poolLeaseTimeoutApplies() throws Exception {
        server.route("/slow").always(Answer.hang());

        try (CloseableHttpClient http = SfmcHttpClientFactory.create(settings(1, null, 0, null, null))) {
            CompletableFuture<SfmcResponse> occupying = CompletableFuture.supplyAsync(() -> {
                try {
                    return SfmcHttpExchange.send(http, new HttpGet(server.url() + "/slow"), "slow");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(5, TimeUnit.SECONDS).until(() -> server.route("/slow").count() == 1);

            assertThatThrownBy(() -> SfmcHttpExchange.send(http, new HttpGet(server.url() + "/slow"), "second"))
                    .isInstanceOf(ConnectionRequestTimeoutException.class);
            assertThat(TransportFailure.of(new ConnectionRequestTimeoutException())).isEqualTo(TransportFailure.NOT_SENT);
            occupying.cancel(true);
        }
    }
}
