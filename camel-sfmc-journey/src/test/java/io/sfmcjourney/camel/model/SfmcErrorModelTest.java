package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SfmcErrorModelTest {

    private static final ObjectMapper MAPPER = SfmcJson.mapper();

    @Test
    void restErrorEnvelope() throws Exception {
        SfmcError error = MAPPER.readValue(
                "{\"message\":\"Interaction not found.\",\"errorcode\":30003,\"documentation\":\"\"}", SfmcError.class);

        assertThat(error.getErrorcode()).isEqualTo(30003);
        assertThat(error.describe()).isEqualTo("Interaction not found.");
        assertThat(error.getDocumentation()).isEmpty();
        assertThat(error.getError()).isNull();
    }

    @Test
    void oauthErrorEnvelope() throws Exception {
        SfmcError error = MAPPER.readValue("{\"error\":\"invalid_client\",\"error_description\":\"Client "
                + "authentication failed.\",\"error_uri\":\"https://developer.salesforce.com/docs\"}", SfmcError.class);

        assertThat(error.getError()).isEqualTo("invalid_client");
        assertThat(error.getErrorDescription()).isEqualTo("Client authentication failed.");
        assertThat(error.getErrorUri()).isEqualTo("https://developer.salesforce.com/docs");
        assertThat(error.getErrorcode()).isNull();
        assertThat(error.describe()).isEqualTo("Client authentication failed.");
    }

    @Test
    void oauthErrorWithoutDescriptionFallsBackToTheCode() throws Exception {
        assertThat(MAPPER.readValue("{\"error\":\"invalid_grant\"}", SfmcError.class).describe())
                .isEqualTo("invalid_grant");
    }

    @Test
    void rateLimitBodyCarriesRetryAfterAndExtras() throws Exception {
        SfmcError error = MAPPER.readValue("{\"message\":\"Rate limit exceeded\",\"errorcode\":50100,"
                + "\"retryAfter\":5,\"additionalErrors\":[{\"message\":\"x\"}]}", SfmcError.class);

        assertThat(error.getRetryAfter()).isEqualTo(5);
        assertThat(error.getAdditionalProperties()).containsKey("additionalErrors");
    }

    @Test
    void textualErrorCodeIsAccepted() throws Exception {
        assertThat(MAPPER.readValue("{\"errorcode\":\"10000\"}", SfmcError.class).getErrorcode()).isEqualTo(10000);
    }
}
