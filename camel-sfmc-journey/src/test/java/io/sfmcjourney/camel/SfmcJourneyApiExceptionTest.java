package io.sfmcjourney.camel;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SfmcJourneyApiExceptionTest {

    private static final String URI = "https://sub.rest.marketingcloudapis.com/interaction/v1/interactions/abc?versionNumber=2";

    @Test
    void messageNamesOperationVerbPathStatusCodeAndSfmcMessage() {
        SfmcJourneyApiException e = new SfmcJourneyApiException("publishInteractionById", "POST", URI, 409, "Conflict",
                Map.of(), "{}", 30002, "Invalid state transition");

        assertThat(e.getMessage()).isEqualTo("publishInteractionById POST /interaction/v1/interactions/abc failed:"
                                             + " HTTP 409 errorcode 30002: Invalid state transition");
        assertThat(e).hasToString(SfmcJourneyApiException.class.getName() + ": " + e.getMessage());
        assertThat(e.getHttpResponseCode()).isEqualTo(409);
    }

    @Test
    void messageFallsBackToTheReasonPhraseWithoutErrorcode() {
        SfmcJourneyApiException e = new SfmcJourneyApiException("getInteraction", "GET", URI, 500,
                "Internal Server Error", Map.of(), "", null, null);

        assertThat(e.getMessage())
                .isEqualTo("getInteraction GET /interaction/v1/interactions/abc failed: HTTP 500 Internal Server Error");
        assertThat(e.getRetryAfter()).isNull();
    }

    @Test
    void retryAfterComesFromHeaderOrBody() {
        SfmcJourneyApiException header = new SfmcJourneyApiException("op", "GET", URI, 429, "", Map.of("Retry-After",
                "5"), "{\"errorcode\":50100}", 50100, null);
        SfmcJourneyApiException body = new SfmcJourneyApiException("op", "GET", URI, 429, "", Map.of(),
                "{\"errorcode\":50100,\"retryAfter\":3}", 50100, null);

        assertThat(header.getRetryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(body.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void longJsonBodiesAreKeptWhole() {
        String json = "{\"errors\":[\"" + "e".repeat(10_000) + "\"]}";

        SfmcJourneyApiException e = new SfmcJourneyApiException("op", "GET", URI, 400, "", Map.of(), json, 10006,
                null);

        assertThat(e.getResponseBody()).isEqualTo(json);
    }
}
