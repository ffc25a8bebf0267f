package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;

class SfmcJsonTest {

    @Test
    void pageOfReadsAnEnvelopeWithUnknownFieldsAndKeepsDecimalScale() throws Exception {
        String json = "{\"count\":1,\"page\":1,\"pageSize\":50,\"links\":{},\"newEnvelopeField\":true,"
                + "\"items\":[{\"key\":\"k\",\"workflowApiVersion\":1.0,\"unknownItemField\":[1,2]}]}";

        Page<Journey> page = SfmcJson.mapper().readValue(json, SfmcJson.pageOf(Journey.class));

        assertThat(page.getCount()).isEqualTo(1);
        assertThat(page.getItems()).singleElement().satisfies(journey -> {
            assertThat(journey.getKey()).isEqualTo("k");
            assertThat(journey.getWorkflowApiVersion()).isEqualTo(new BigDecimal("1.0"));
            assertThat(journey.getWorkflowApiVersion().scale()).isEqualTo(1);
        });
        assertThat(SfmcJson.mapper().writeValueAsString(page.getItems().get(0)))
                .isEqualTo("{\"key\":\"k\",\"workflowApiVersion\":1.0,\"unknownItemField\":[1,2]}");
    }

    @Test
    void unknownPropertiesNeverFail() throws Exception {
        AsyncOperation operation = SfmcJson.mapper().readValue("{\"statusId\":\"s\",\"brandNew\":{\"a\":[1]}}",
                AsyncOperation.class);

        assertThat(operation.getStatusId()).isEqualTo("s");
    }

    @Test
    void untypedDecimalsAreWrittenBackExactly() throws Exception {
        String json = "{\"rate\":1.0,\"big\":12345678901234567890.123456789,\"n\":3}";
        Map<String, Object> value = SfmcJson.mapper().readValue(json, new TypeReference<>() {
        });

        assertThat(value.get("rate")).isEqualTo(new BigDecimal("1.0"));
        assertThat(value.get("n")).isEqualTo(3);
        assertThat(SfmcJson.mapper().writeValueAsString(value)).isEqualTo(json);
    }

    @Test
    void decimalsKeepTheirScaleThroughATree() throws Exception {
        String json = "{\"workflowApiVersion\":1.0,\"stats\":{\"goalPerformance\":0.0}}";
        Journey journey = SfmcJson.mapper().treeToValue(SfmcJson.mapper().readTree(json), Journey.class);

        assertThat(SfmcJson.mapper().writeValueAsString(journey)).isEqualTo(json);
    }

    @Test
    void typeHintsInDataAreTreatedAsPlainData() throws Exception {
        Map<String, Object> data = SfmcJson.mapper().readValue(
                "{\"@class\":\"java.lang.Runtime\",\"x\":[\"java.util.HashMap\",{}]}", new TypeReference<>() {
                });

        assertThat(data.get("@class")).isEqualTo("java.lang.Runtime");
        assertThat(data.get("x")).isInstanceOf(List.class);
    }
}
