package io.sfmcjourney.camel.producer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * Reads the JSON array body of a method that takes a list (postContactExit): a Collection of POJOs or Maps, a JSON
 * array, or one object (a list of one). Every item must be an object carrying the method's required fields, checked
 * before anything is sent.
 */
public final class ListBody {

    private final SfmcJourneyMethod method;
    private final Set<String> requiredFields;
    private final ObjectMapper mapper = SfmcJson.mapper();

    public ListBody(SfmcJourneyMethod method) {
        this.method = method;
        this.requiredFields = method.listItemFields();
    }

    /**
     * The items of the message body.
     *
     * @throws IllegalArgumentException when the body is no list of objects, is empty, or an item lacks a required field
     */
    public List<ObjectNode> items(Message message) {
        JsonNode tree = tree(message);
        List<ObjectNode> items = new ArrayList<>();
        if (tree.isArray()) {
            tree.forEach(item -> items.add(item(item, items.size())));
        } else {
            items.add(item(tree, 0));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(method.name() + " needs at least one item in its list body");
        }
        return items;
    }

    private JsonNode tree(Message message) {
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException(method.name() + " needs a message body: a List of objects or a JSON "
                                               + "array, each with " + String.join(", ", requiredFields));
        }
        try {
            if (body instanceof Collection<?> || body instanceof Map<?, ?> || body instanceof JsonNode) {
                return mapper.valueToTree(body);
            }
            byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : message.getMandatoryBody(byte[].class);
            return mapper.readTree(bytes);
        } catch (InvalidPayloadException e) {
            throw new IllegalArgumentException(method.name() + " cannot read a body of type "
                                               + body.getClass().getName(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(method.name() + ": the message body is not valid JSON: "
                                               + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(method.name() + ": cannot convert the body of type "
                                               + body.getClass().getName() + " to JSON: " + e.getMessage(), e);
        }
    }

    private ObjectNode item(JsonNode node, int index) {
        if (!(node instanceof ObjectNode item)) {
            throw new IllegalArgumentException(method.name() + ": item " + index + " must be an object but was "
                                               + node.getNodeType());
        }
        for (String field : requiredFields) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                throw new IllegalArgumentException(method.name() + ": item " + index + " needs '" + field + "'");
            }
        }
        return item;
    }
}
