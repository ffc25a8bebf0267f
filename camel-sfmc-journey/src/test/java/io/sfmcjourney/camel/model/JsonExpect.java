package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Compares model values with the raw JSON they were read from. */
final class JsonExpect {

    private JsonExpect() {
    }

    /** Asserts that {@code actual} equals {@code node.field}, which may be absent (then actual must be null). */
    static void field(JsonNode node, String field, Object actual) {
        JsonNode expected = node.get(field);
        String what = "field '" + field + "'";
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
        } else if (expected.isTextual()) {
            assertThat(actual).as(what).isEqualTo(expected.textValue());
        } else if (expected.isBoolean()) {
            assertThat(actual).as(what).isEqualTo(expected.booleanValue());
        } else if (expected.isNumber()) {
            assertThat(actual).as(what).isInstanceOf(Number.class);
            assertThat(new BigDecimal(actual.toString())).as(what).isEqualByComparingTo(expected.decimalValue());
        } else {
            JsonNode written = SfmcJson.mapper().valueToTree(actual);
            assertThat(written).as(what).isEqualTo(expected);
        }
    }

    /** The number of elements of {@code node.field}, 0 when absent. */
    static int size(JsonNode node, String field) {
        JsonNode array = node.get(field);
        return array == null || array.isNull() ? 0 : array.size();
    }

    /** Asserts that writing {@code model} gives back exactly {@code original} (no field lost, renamed or added). */
    static void writesBack(Object model, JsonNode original) {
        try {
            String written = SfmcJson.mapper().writeValueAsString(model);
            assertThat(SfmcJson.mapper().readTree(written)).as("written back").isEqualTo(original);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The JSON object as a plain map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(JsonNode node) {
        return SfmcJson.mapper().convertValue(node, Map.class);
    }
}
