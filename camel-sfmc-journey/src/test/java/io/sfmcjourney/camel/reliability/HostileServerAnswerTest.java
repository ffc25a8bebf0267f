package io.sfmcjourney.camel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.camel.testsupport.FakeHttpServer;
import io.sfmcjourney.camel.testsupport.FakeHttpServer.Answer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile or broken answers of the REST API, of a proxy in front of it and of the token endpoint, and insecure URLs,
 * end to end through the endpoint against a scripted local server. Each must fail the exchange with an error that
 * says what happened, never buffer an unbounded answer, and never send the bearer token to an unexpected host.
 */
class HostileServerAnswerTest {

    private static final String TOKEN = "tok-hostile-0123456789";
    private static final String SECRET = "secret-hostile-9876543210";
    private static final String TOKEN_PATH = "/v2/token";
    private static final String REST_PATH = "/interaction/v1/";

    private FakeHttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeHttpServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> restAnswers() {
        byte[] bigJson = ("{\"items\":[\"" + "x".repeat(20_000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        String proxyPage = "<html><body><h1>502 Bad Gateway</h1>" + "<p>upstream unavailable</p>".repeat(5_000)
                           + "</body></html>";
        return Stream.of(
                rest("oversized answer announced by Content-Length", "discovery",
                        Answer.of(200, "application/json", bigJson), c -> c.setMaxResponseSize(1_024),
                        (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> {
                                    assertThat(e.getStatusCode()).isNull();
                                    assertThat(e.getFailure()).isInstanceOf(SfmcResponseTooLargeException.class)
                                            .hasMessage("response of discovery exceeds maxResponseSize=1024 bytes");
                                })),
                rest("oversized chunked answer", "discovery",
                        Answer.of(200, "application/json", bigJson).chunked(), c -> c.setMaxResponseSize(1_024),
                        (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> assertThat(
                                        e.getFailure()).isInstanceOf(SfmcResponseTooLargeException.class))),
                rest("20 MB answer against the 1 MB limit", "discovery",
                        Answer.of(200, "application/json", new byte[20 * 1024 * 1024]).chunked(),
                        c -> c.setMaxResponseSize(1024 * 1024),
                        (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> assertThat(
                                        e.getFailure()).isInstanceOf(SfmcResponseTooLargeException.class))),
                rest("HTML error page of a proxy", "discovery",
                        Answer.of(502, "text/html", proxyPage.getBytes(StandardCharsets.UTF_8)), c -> { },
                        (exchange, server) -> {
                            assertThat(exchange.getException()).isInstanceOf(SfmcJourneyApiException.class)
                                    .hasMessage("discovery GET /interaction/v1/rest failed: HTTP 502 Bad Gateway");
                            SfmcJourneyApiException e = (SfmcJourneyApiException) exchange.getException();
                            assertThat(e.getStatusCode()).isEqualTo(502);
                            assertThat(e.getResponseBody()).startsWith("<html>")
                                    .hasSizeLessThan(SfmcJourneyApiException.MAX_NON_JSON_BODY + 100);
                        }),
                rest("HTML page with status 200 (a proxy's login page) is not a success", "discovery",
                        Answer.of(200, "text/html; charset=UTF-8", "<html>login</html>".getBytes(StandardCharsets.UTF_8)),
                        c -> { }, (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> {
                                    assertThat(e.getStatusCode()).isEqualTo(200);
                                    assertThat(e.getContentType()).isEqualTo("text/html; charset=UTF-8");
                                    assertThat(e.getMethod()).isEqualTo("discovery");
                                    assertThat(e.getPath()).isEqualTo("/interaction/v1/rest");
                                })),
                rest("plain text 200 (a DELETE's id) is returned as text", "deleteInteraction?id=j-1",
                        Answer.of(200, "text/plain", "j-1".getBytes(StandardCharsets.UTF_8)),
                        c -> { }, (exchange, server) -> {
                            assertThat(exchange.getException()).isNull();
                            assertThat(exchange.getMessage().getBody()).isEqualTo("j-1");
                        }),
                rest("2xx carrying SFMC's error envelope (pause 202 + 10005)", "pauseInteractionById?id=j-1&versionNumber=1",
                        Answer.json(202, "{\"message\":\"AllVersions=true or VersionNumber required.\","
                                         + "\"errorcode\":10005,\"documentation\":\"\"}"),
                        c -> { }, (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> {
                                    assertThat(e.getStatusCode()).isEqualTo(202);
                                    assertThat(e.getErrorCode()).isEqualTo(10005);
                                    assertThat(e.getSfmcMessage()).isEqualTo("AllVersions=true or VersionNumber required.");
                                })),
                rest("HTML body labelled as JSON", "discovery",
                        Answer.of(200, "application/json", "<html>oops</html>".getBytes(StandardCharsets.UTF_8)),
                        c -> { }, (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> {
                                    assertThat(e.getStatusCode()).isEqualTo(200);
                                    assertThat(e.getContentType()).isEqualTo("application/json");
                                })),
                rest("answer of the wrong shape for outputClass", "getInteraction?id=j-1&outputClass="
                                                                 + "io.sfmcjourney.camel.model.Journey",
                        Answer.json(200, "[1,2,3]"), c -> { }, (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                                        e -> assertThat(e.getMethod()).isEqualTo("getInteraction"))),
                rest("empty 200 answer", "discovery", Answer.of(200, "application/json", new byte[0]), c -> { },
                        (exchange, server) -> {
                            assertThat(exchange.getException()).isNull();
                            assertThat(exchange.getMessage().getBody()).isNull();
                        }),
                rest("401 even with a renewed token", "discovery",
                        Answer.json(401, "{\"errorcode\":0,\"message\":\"Not Authorized\"}"), c -> { },
                        (exchange, server) -> {
                            assertThat(exchange.getException()).isInstanceOf(SfmcJourneyApiException.class)
                                    .hasMessage("discovery GET /interaction/v1/rest failed: HTTP 401 errorcode 0: "
                                                + "Not Authorized");
                            assertThat(server.route(TOKEN_PATH).count()).as("one renewal, one replay").isEqualTo(2);
                            assertThat(server.route(REST_PATH).count()).isEqualTo(2);
                        }),
                rest("redirect to another location is not followed", "discovery",
                        Answer.json(302, "{}").withHeader("Location", "http://127.0.0.1:9/steal"), c -> { },
                        (exchange, server) -> {
                            assertThat(exchange.getException()).isInstanceOf(SfmcJourneyApiException.class)
                                    .hasMessageContaining("HTTP 302");
                            assertThat(server.requests()).noneMatch(r -> r.path().contains("steal"));
                        }),
                rest("403 insufficient privileges", "discovery",
                        Answer.json(403, "{\"errorcode\":20002,\"message\":\"Insufficient privileges\"}"), c -> { },
                        (exchange, server) -> assertThat(exchange.getException())
                                .isInstanceOf(SfmcJourneyApiException.class)
                                .hasMessage("discovery GET /interaction/v1/rest failed: HTTP 403 errorcode 20002: "
                                            + "Insufficient privileges")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restAnswers")
    void hostileRestAnswerFailsClearly(String name, String uri, Answer answer, Consumer<SfmcJourneyComponent> setup,
                                       BiConsumer<Exchange, FakeHttpServer> expectation) {
        server.route(TOKEN_PATH).always(Answer.token(TOKEN, 1200, server.url() + "/"));
        server.route(REST_PATH).always(answer);
        try (CamelHarness camel = camel(setup)) {
            Exchange exchange = camel.send("sfmc-journey:" + uri, null, Map.of());

            expectation.accept(exchange, server);
            assertNoSecretIn(exchange.getException());
        }
    }

    static Stream<Arguments> tokenAnswers() {
        return Stream.of(
                token("refused credentials (401 invalid_client)",
                        Answer.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication "
                                         + "failed.\",\"error_uri\":\"https://developer.salesforce.com/docs\"}"),
                        e -> assertThat(e).isInstanceOf(SfmcJourneyApiException.class)
                                .hasMessageMatching("SFMC token request to http://127\\.0\\.0\\.1:\\d+/v2/token failed: "
                                                    + "401 invalid_client: Client authentication failed\\.")),
                token("token answer that echoes the secret",
                        Answer.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"bad secret " + SECRET
                                         + "\"}"),
                        e -> assertThat(e).isInstanceOf(SfmcJourneyApiException.class)
                                .hasMessageContaining("bad secret ******")),
                token("HTML token answer", Answer.of(200, "text/html", "<html>sign in</html>".getBytes()),
                        e -> assertThat(e).isInstanceOf(IOException.class).hasMessageEndingWith("the answer is not JSON")),
                token("token answer without access_token", Answer.json(200, "{\"expires_in\":1079}"),
                        e -> assertThat(e).hasMessageEndingWith("the answer lacks access_token or a positive expires_in")),
                token("rest_instance_url on a foreign host", Answer.token(TOKEN, 1200, "https://evil.example.invalid/"),
                        e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                                .hasMessageContaining("https://evil.example.invalid")
                                .hasMessageContaining("the bearer token is not sent there")),
                token("rest_instance_url that only starts like SFMC's",
                        Answer.token(TOKEN, 1200, "https://mc1.rest.marketingcloudapis.com.evil.invalid/"),
                        e -> assertThat(e).hasMessageContaining("the bearer token is not sent there")),
                token("rest_instance_url that only ends like SFMC's",
                        Answer.token(TOKEN, 1200, "https://evilmarketingcloudapis.com/"),
                        e -> assertThat(e).hasMessageContaining("the bearer token is not sent there")),
                token("rest_instance_url with user info",
                        Answer.token(TOKEN, 1200, "https://evil.invalid@mc1.rest.marketingcloudapis.com/"),
                        e -> assertThat(e).hasMessageContaining("the bearer token is not sent there")),
                token("rest_instance_url over plain http",
                        Answer.token(TOKEN, 1200, "http://mc1.rest.marketingcloudapis.com/"),
                        e -> assertThat(e).hasMessageContaining("the bearer token is not sent there")),
                token("token answer without rest_instance_url",
                        Answer.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":1079}"),
                        e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                                .hasMessageContaining("has no rest_instance_url")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenAnswers")
    void hostileTokenAnswerFailsBeforeAnyRestCall(String name, Answer answer, Consumer<Exception> expectation) {
        server.route(TOKEN_PATH).always(answer);
        server.route(REST_PATH).always(Answer.json(200, "{}"));
        try (CamelHarness camel = camel(c -> c.getConfiguration().setMaxRetries(0))) {
            Exchange exchange = camel.send("sfmc-journey:discovery", null, Map.of());

            expectation.accept(exchange.getException());
            assertNoSecretIn(exchange.getException());
            assertThat(server.route(REST_PATH).count()).as("no REST call, so no token sent anywhere").isZero();
        }
    }

    static Stream<Arguments> insecureUrls() {
        return Stream.of(
                Arguments.of("credentials over plain http to a remote auth host",
                        (Consumer<SfmcJourneyComponent>) c -> c.getConfiguration()
                                .setAuthUrl("http://auth.example.invalid/v2/token"),
                        "Option authUrl must use https"),
                Arguments.of("token over plain http to a remote REST host",
                        (Consumer<SfmcJourneyComponent>) c -> c.getConfiguration()
                                .setRestUrl("http://rest.example.invalid"),
                        "Option restUrl must use https"),
                Arguments.of("auth URL that is no URL",
                        (Consumer<SfmcJourneyComponent>) c -> c.getConfiguration().setAuthUrl("auth host/v2/token"),
                        "Option authUrl is not a valid URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insecureUrls")
    void insecureUrlIsRefusedWhenTheRouteStarts(String name, Consumer<SfmcJourneyComponent> setup, String message) {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to("sfmc-journey:discovery");
            }
        };

        assertThatThrownBy(() -> CamelHarness.start(server.url() + TOKEN_PATH, SECRET, setup, route).close())
                .hasStackTraceContaining("IllegalArgumentException: " + message);
        assertThat(server.requests()).as("refused before any connection").isEmpty();
    }

    private CamelHarness camel(Consumer<SfmcJourneyComponent> setup) {
        return CamelHarness.start(server.url() + TOKEN_PATH, SECRET, setup.andThen(
                c -> c.getConfiguration().setMaxRetries(0)), null);
    }

    private static void assertNoSecretIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
    }

    private static Arguments rest(String name, String uri, Answer answer, Consumer<SfmcJourneyComponent> setup,
                                  BiConsumer<Exchange, FakeHttpServer> expectation) {
        return Arguments.of(name, uri, answer, setup, expectation);
    }

    private static Arguments token(String name, Answer answer, Consumer<Exception> expectation) {
        return Arguments.of(name, answer, expectation);
    }
}
