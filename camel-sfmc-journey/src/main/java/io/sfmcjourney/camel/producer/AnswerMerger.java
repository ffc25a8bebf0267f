package io.sfmcjourney.camel.producer;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.model.SfmcJson;

/**
 * Merges the JSON object answers of the calls one list body was split into: array fields (e.g. {@code errors}) are
 * concatenated in call order, any other field keeps the last call's value. An empty answer counts as {@code {}}.
 */
public final class AnswerMerger {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper = SfmcJson.mapper();

    /**
     * @throws IOException when an answer is not a JSON object
     */
    public Map<String, Object> merge(List<SfmcResponse> answers) throws IOException {
        ObjectNode merged = mapper.createObjectNode();
        for (SfmcResponse answer : answers) {
            if (!answer.hasBody()) {
                continue;
            }
            JsonNode tree = mapper.readTree(answer.body());
            if (!(tree instanceof ObjectNode object)) {
                throw new IOException("the answer is a JSON " + tree.getNodeType() + ", not an object");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode earlier = merged.get(field.getKey());
                if (earlier instanceof ArrayNode array && field.getValue().isArray()) {
                    array.addAll((ArrayNode) field.getValue());
                } else {
                    merged.set(field.getKey(), field.getValue());
                }
            }
        }
        return mapper.convertValue(merged, MAP);
    }
}
