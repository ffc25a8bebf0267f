package io.sfmcjourney.camel.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import io.sfmcjourney.camel.api.Replay;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.BasicHttpEntity;
import org.apache.hc.core5.http.message.BasicHeader;
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
    void aPlainCallsTargetIsRememberedAndAQueryIsAlwaysBuilt() {
        ParsedUris uris = new ParsedUris();
        String base = "https://a.rest.marketingcloudapis.com";
        ParsedUris.Target events = uris.target(base, request("/interaction/v1/events", List.of()));
        assertThat(events.url()).isEqualTo(base + "/interaction/v1/events");
        assertThat(events.uri()).hasPath("/interaction/v1/events");
        assertThat(uris.target(base, request(new String("/interaction/v1/events"), List.of()))).isSameAs(events);
        assertThat(uris.target("https://b.rest.marketingcloudapis.com", request("/interaction/v1/events", List.of()))
                .url()).isEqualTo("https://b.rest.marketingcloudapis.com/interaction/v1/events");
        ParsedUris.Target page = uris.target(base, request("/interaction/v1/interactions",
                List.of(Map.entry("$page", "2"), Map.entry("name", "a b"))));
        assertThat(page.url()).isEqualTo(base + "/interaction/v1/interactions?$page=2&name=a%20b");
        assertThat(page.uri().getRawQuery()).isEqualTo("$page=2&name=a%20b");
        assertThat(uris.target(base, request("/interaction/v1/interactions", List.of(Map.entry("$page", "3"))))
                .url()).endsWith("?$page=3");
    }

    private static SfmcRequest request(String path, List<Map.Entry<String, String>> query) {
        return new SfmcRequest("test", "GET", path, query, null, Replay.SAFE);
    }

    @Test
    void answerHeadersKeepTheirOrderAndTheLastValueOfARepeatedHeader() {
        ResponseHeaders headers = new ResponseHeaders(new Header[] {
                new BasicHeader("Content-type", "application/json"), new BasicHeader("Set-Cookie", "a=1"),
                new BasicHeader("Retry-After", "5"), new BasicHeader("Set-Cookie", "b=2") });

        assertThat(headers).containsExactly(Map.entry("Content-type", "application/json"),
                Map.entry("Set-Cookie", "b=2"), Map.entry("Retry-After", "5"));
        assertThat(headers.get("Retry-After")).isEqualTo("5");
        assertThat(headers.get("retry-after")).isNull();
        assertThat(headers.firstIgnoringCase("retry-after")).isEqualTo("5");
        assertThat(SfmcResponse.contentType(headers)).isEqualTo("application/json");
        assertThat(headers).isEqualTo(Map.of("Content-type", "application/json", "Set-Cookie", "b=2",
                "Retry-After", "5"));
        assertThatThrownBy(() -> headers.put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new ResponseHeaders(new Header[0])).isEmpty();
    }

    @Test
    void answerHeadersTravelWithASerializedException() throws Exception {
        ResponseHeaders headers = new ResponseHeaders(new Header[] { new BasicHeader("Retry-After", "5") });
        SfmcJourneyApiException refused = new SfmcJourneyApiException("postInteractionsEvents", "POST",
                "https://a.rest.marketingcloudapis.com/interaction/v1/events", 429, "Too Many Requests", headers,
                "{}", null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(refused);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SfmcJourneyApiException read = (SfmcJourneyApiException) in.readObject();
            assertThat(read.getResponseHeaders()).containsExactly(Map.entry("Retry-After", "5"));
        }
    }

    @Test
    void contentTypeMentionsAWordInAnyCase() {
        assertThat(SfmcResponse.contentTypeMentions("Text/HTML; charset=UTF-8", "html")).isTrue();
        assertThat(SfmcResponse.contentTypeMentions("application/json", "json")).isTrue();
        assertThat(SfmcResponse.contentTypeMentions("application/jso", "json")).isFalse();
        assertThat(SfmcResponse.contentTypeMentions(null, "json")).isFalse();
    }

    @Test
    void aBodyIsReadToItsAnnouncedLengthAndNoFurther() throws IOException {
        byte[] json = "{\"eventInstanceId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(SfmcHttpExchange.body(entity(json, json.length))).isEqualTo(json);
        assertThat(SfmcHttpExchange.body(entity(json, -1))).isEqualTo(json); // length not announced (chunked)
        assertThat(SfmcHttpExchange.body(entity(new byte[0], 0))).isEmpty();
        assertThat(SfmcHttpExchange.body(null)).isEmpty();
        assertThatThrownBy(() -> SfmcHttpExchange.body(entity(json, json.length + 5)))
                .isInstanceOf(ConnectionClosedException.class).hasMessageContaining("Content-Length");
        assertThatThrownBy(() -> SfmcHttpExchange.body(entity(json, json.length - 1)))
                .isInstanceOf(ConnectionClosedException.class).hasMessageContaining("Content-Length");
    }

    private static BasicHttpEntity entity(byte[] content, long announcedLength) {
        return new BasicHttpEntity(new ByteArrayInputStream(content), announcedLength, ContentType.APPLICATION_JSON);
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
