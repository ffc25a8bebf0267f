package io.sfmcjourney.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonTest {

    private final JsonNode body = Json.parse("{\"name\":\"n\",\"blank\":\" \",\"none\":null,\"nested\":{\"a\":1},\"n\":5}");

    @Test
    void requiredTextReturnsScalarsAndRejectsMissingOrBlankFieldsByName() {
        assertThat(Json.requiredText(body, "name")).isEqualTo("n");
        assertThat(Json.requiredText(body, "n")).isEqualTo("5");
        for (String field : new String[] {"blank", "none", "nested", "absent"}) {
            ApiException error = catchThrowableOfType(() -> Json.requiredText(body, field), ApiException.class);
            assertThat(error.response().status()).isEqualTo(400);
            assertThat(error.response().json().get("errorcode").asInt()).isEqualTo(10002);
            assertThat(error.response().json().get("message").asText()).startsWith(field + " ");
        }
    }

    @Test
    void textOrFallsBackOnlyWhenTheFieldHasNoScalarValue() {
        assertThat(Json.textOr(body, "name", "d")).isEqualTo("n");
        assertThat(Json.textOr(body, "blank", "d")).isEqualTo(" ");
        assertThat(Json.textOr(body, "none", "d")).isEqualTo("d");
        assertThat(Json.textOr(body, "nested", "d")).isEqualTo("d");
        assertThat(Json.textOr(body, "absent", "d")).isEqualTo("d");
    }
}
