package io.sfmcjourney.simulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one shared Jackson mapper of the simulator and small tree helpers. */
public final class Json {

    /** Shared, thread-safe mapper; rejects trailing garbage after the JSON document. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Parses a JSON document; throws {@link ApiException} 400/10004 when it is not well formed. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw ApiException.malformed();
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.malformed();
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** Text of a field, or {@code null} when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    /** Text of a field; throws {@link ApiException} 400 naming the field when it is absent or blank. */
    public static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (isBlank(value)) {
            throw ApiException.missing(field);
        }
        return value;
    }

    /** Text of a field, or {@code fallback} when it is absent, null or not a scalar. */
    public static String textOr(JsonNode node, String field, String fallback) {
        String value = text(node, field);
        return value == null ? fallback : value;
    }

    /** Text of a field looked up case-insensitively (SFMC accepts e.g. {@code contactKey} and {@code ContactKey}). */
    public static JsonNode fieldIgnoreCase(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(field);
        if (exact != null) {
            return exact;
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equalsIgnoreCase(field)) {
                return node.get(name);
            }
        }
        return null;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
