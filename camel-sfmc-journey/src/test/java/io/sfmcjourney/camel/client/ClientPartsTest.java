package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small building blocks of the REST client. */
class ClientPartsTest {

    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000),
            Duration.ofMinutes(1), false);

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "LOCALHOST", "127.0.0.1", "127.10.20.30", "::1", "[::1]", "0:0:0:0:0:0:0:1" })
    void loopbackHostsAreRecognisedWithoutLookup(String host) {
        assertThat(LoopbackHosts.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1.example.invalid", "localhost.example.invalid", "128.0.0.1", "10.0.0.1",
                             "::2", "example.invalid", "127.0.0.256", "" })
    void otherHostsAreNotLoopback(String host) {
        assertThat(LoopbackHosts.isLoopback(host)).isFalse();
    }

    @Test
    void secureUrlCheckNamesTheOption() {
        assertThat(LoopbackHosts.requireSecureOrLoopback("authUrl", "https://a.auth.marketingcloudapis.com/v2/token"))
                .hasHost("a.auth.marketingcloudapis.com");
        assertThat(LoopbackHosts.requireSecureOrLoopback("authUrl", "http://[::1]:8080/v2/token")).hasPort(8080);
        assertThatThrownBy(() -> LoopbackHosts.requireSecureOrLoopback("authUrl", "ftp://127.0.0.1/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authUrl");
        assertThatThrownBy(() -> LoopbackHosts.requireSecureOrLoopback("authUrl", "not a url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authUrl");
    }

    @Test
    void parsedUrisAreReusedAndBounded() {
        ParsedUris uris = new ParsedUris();
        String url = "https://a.rest.marketingcloudapis.com/interaction/v1/events";
        assertThat(uris.of(url)).isSameAs(uris.of(url)).hasPath("/interaction/v1/events");
        for (int i = 0; i < ParsedUris.MAX_ENTRIES * 3; i++) {
            assertThat(uris.of(url + "/" + i).getPath()).isEqualTo("/interaction/v1/events/" + i);
            assertThat(uris.size()).isLessThanOrEqualTo(ParsedUris.MAX_ENTRIES);
        }
        assertThat(uris.of(url + "?$page=2").getRawQuery()).isEqualTo("$page=2");
        assertThatThrownBy(() -> uris.of("https://a.rest.marketingcloudapis.com/bad path"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        Backoff max = new Backoff(POLICY, () -> 1.0);

        assertThat(max.delay(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(max.delay(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(max.delay(4)).isEqualTo(Duration.ofMillis(1000));
        assertThat(max.delay(60)).isEqualTo(Duration.ofMillis(1000));
        assertThat(max.throttledDelay(0)).isEqualTo(Duration.ofMillis(400));
        assertThat(max.throttledDelay(2)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void backoffUsesFullJitter() {
        assertThat(new Backoff(POLICY, () -> 0.0).delay(3)).isZero();
        assertThat(new Backoff(POLICY, () -> 0.5).delay(3)).isEqualTo(Duration.ofMillis(400));
        for (int i = 0; i < 100; i++) {
            assertThat(Backoff.jittered(POLICY).delay(2)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        }
    }

    @Test
    void retryAfterPrefersTheHeader() {
        Instant now = Instant.parse("2024-05-04T10:00:00Z");
        SfmcErrorBody body = SfmcErrorBody.parse("{\"retryAfter\":7}".getBytes(StandardCharsets.UTF_8));

        assertThat(RetryAfter.of(Map.of("retry-after", "5"), body, now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.of(Map.of(), body, now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.of(Map.of("Retry-After", DateUtils.formatStandardDate(now.plusSeconds(30))), body, now))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parseHeader(DateUtils.formatStandardDate(now.minusSeconds(30)), now)).isZero();
        assertThat(RetryAfter.parseHeader("soon", now)).isNull();
        assertThat(RetryAfter.of(Map.of(), SfmcErrorBody.parse(new byte[0]), now)).isNull();
    }

    @Test
    void errorBodyShapesAreRecognised() {
        SfmcErrorBody envelope = parse("{\"message\":\"Not Found\",\"errorcode\":404,\"documentation\":\"\"}");
        SfmcErrorBody oauth = parse("{\"error\":\"invalid_client\",\"error_description\":\"Invalid client ID.\"}");
        SfmcErrorBody stringCode = parse("{\"message\":\"x\",\"errorcode\":\"30003\"}");

        assertThat(envelope).isEqualTo(new SfmcErrorBody(404, "Not Found", null, null));
        assertThat(oauth).isEqualTo(new SfmcErrorBody(null, "Invalid client ID.", "invalid_client", null));
        assertThat(stringCode.errorCode()).isEqualTo(30003);
        assertThat(parse("<html><h1>502 Bad Gateway</h1></html>")).isEqualTo(new SfmcErrorBody(null, null, null, null));
        assertThat(parse("[1,2]").message()).isNull();
        assertThat(parse("{\"message\":{\"nested\":true}}").message()).isNull();
    }

    @Test
    void transportFailuresAreClassifiedBySendState() {
        assertThat(TransportFailure.of(new ConnectException("refused"))).isEqualTo(TransportFailure.NOT_SENT);
        assertThat(TransportFailure.of(new UnknownHostException("x.invalid"))).isEqualTo(TransportFailure.NOT_SENT);
        assertThat(TransportFailure.of(new NoHttpResponseException("gone"))).isEqualTo(TransportFailure.AMBIGUOUS);
        assertThat(TransportFailure.of(new SocketException("Connection reset"))).isEqualTo(TransportFailure.AMBIGUOUS);
        assertThat(TransportFailure.of(new SocketTimeoutException("Read timed out")))
                .isEqualTo(TransportFailure.AMBIGUOUS);
        assertThat(TransportFailure.of(new SfmcResponseTooLargeException("op", 1)))
                .isEqualTo(TransportFailure.ANSWER_UNUSABLE);
        assertThat(TransportFailure.of(new javax.net.ssl.SSLHandshakeException("no"))).isEqualTo(TransportFailure.FATAL);
        assertThat(TransportFailure.of(new IOException("?"))).isEqualTo(TransportFailure.AMBIGUOUS);
    }

    @Test
    void budgetStopsAtMaxRetriesAndMaxTotalWait() {
        RetryBudget budget = new RetryBudget(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(3),
                false));

        assertThat(budget.allowRetry(Duration.ofSeconds(1))).isTrue();
        assertThat(budget.allowRetry(Duration.ofSeconds(3))).as("beyond maxTotalWait").isFalse();
        assertThat(budget.allowRetry(Duration.ofSeconds(2))).isTrue();
        assertThat(budget.allowRetry(Duration.ZERO)).as("beyond maxRetries").isFalse();
        assertThat(budget.retries()).isEqualTo(2);
        assertThat(new RetryBudget(POLICY).allowRetry(null)).as("not retryable").isFalse();
    }

    private static SfmcErrorBody parse(String body) {
        return SfmcErrorBody.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
