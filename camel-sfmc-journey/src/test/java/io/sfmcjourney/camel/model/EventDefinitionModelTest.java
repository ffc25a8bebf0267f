package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventDefinitionModelTest {

    private static final ObjectMapper MAPPER = SfmcJson.mapper();

    private static final String CREATED = """
            {"id":"b9cb","type":"APIEvent","name":"n","createdDate":"0001-01-01T00:00:00","createdBy":0,
             "eventDefinitionKey":"APIEvent-1","isVisibleInPicker":true,"isPlatformObject":false,
             "arguments":{"serializedObjectType":"ApiEvent","eventDefinitionKey":"APIEvent-1","newArg":"x"},
             "schema":{"fields":[{"name":"Email","dataType":"EmailAddress","maxLength":"254"}]}}
            """;

    private static final String FETCHED = """
            {"id":"33b4","type":"APIEvent","eventDefinitionKey":"APIEvent-1",
             "arguments":{"serializedObjectType":11,"useHighWatermark":false}}
            """;

    @Test
    void serializedObjectTypeIsTextInCreateResponses() throws Exception {
        EventDefinition definition = MAPPER.readValue(CREATED, EventDefinition.class);

        assertThat(definition.getArguments().getSerializedObjectType()).isEqualTo("ApiEvent");
        assertThat(MAPPER.valueToTree(definition).path("arguments").path("serializedObjectType").isTextual())
                .isTrue();
    }

    @Test
    void serializedObjectTypeIsNumericInGetResponses() throws Exception {
        EventDefinition definition = MAPPER.readValue(FETCHED, EventDefinition.class);

        assertThat(definition.getArguments().getSerializedObjectType()).isEqualTo(11);
        assertThat(definition.getArguments().getUseHighWatermark()).isFalse();
        JsonNode written = MAPPER.valueToTree(definition);
        assertThat(written.path("arguments").path("serializedObjectType").isIntegralNumber()).isTrue();
        assertThat(written.path("arguments").path("serializedObjectType").intValue()).isEqualTo(11);
    }

    @Test
    void isFlagsKeepTheirJsonNames() throws Exception {
        EventDefinition definition = MAPPER.readValue(CREATED, EventDefinition.class);

        assertThat(definition.getVisibleInPicker()).isTrue();
        assertThat(definition.getPlatformObject()).isFalse();
        assertThat(definition.getAdditionalProperties()).isEmpty();
        JsonNode written = MAPPER.valueToTree(definition);
        assertThat(written.has("isVisibleInPicker")).isTrue();
        assertThat(written.has("visibleInPicker")).isFalse();
    }

    @Test
    void createResponseSentinelsAndUnknownArgumentsSurviveRoundTrip() throws Exception {
        EventDefinition definition = MAPPER.readValue(CREATED, EventDefinition.class);

        assertThat(SfmcTimestamps.isNeverSet(definition.getCreatedDate())).isTrue();
        assertThat(definition.getCreatedBy()).isZero();
        assertThat(definition.getArguments().getAdditionalProperties()).containsEntry("newArg", "x");
        JsonExpect.writesBack(definition, MAPPER.readTree(CREATED));
    }
}
