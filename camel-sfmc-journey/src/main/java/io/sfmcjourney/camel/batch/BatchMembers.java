package io.sfmcjourney.camel.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * Reads batch entry members from message bodies. The event definition key comes from the header
 * {@code CamelSfmcJourneyEventDefinitionKey}, else from the body, else from the endpoint option.
 * <ul>
 * <li>A whole request: {@link BatchEntryRequest}; a Map or JSON object {@code {eventDefinitionKey, members[]}}; a
 * Collection or JSON array of members.</li>
 * <li>One member: {@link BatchEntryMember}; {@link EntryEvent}; a Map or JSON object with {@code contactKey} (or
 * {@code ContactKey}), optional {@code data} (or {@code Data}) and optional {@code eventDefinitionKey} (or
 * {@code EventDefinitionKey}), i.e. the body of postInteractionsEvents also works.</li>
 * </ul>
 */
public final class BatchMembers {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private final String defaultKey;
    private final ObjectMapper mapper = SfmcJson.mapper();

    /** @param defaultKey the endpoint option {@code eventDefinitionKey}, or null */
    public BatchMembers(String defaultKey) {
        this.defaultKey = defaultKey;
    }

    /**
     * The whole request the message carries.
     *
     * @throws IllegalArgumentException when the body is no member list or no event definition key is given
     */
    public BatchEntryRequest request(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        BatchEntryRequest request;
        if (body instanceof BatchEntryRequest typed) {
            request = new BatchEntryRequest(typed.getEventDefinitionKey(), typed.getMembers());
        } else if (body instanceof Collection<?> list) {
            request = new BatchEntryRequest(null, membersOf(list));
        } else if (body instanceof Map<?, ?> map) {
            request = requestOf(mapper.valueToTree(map));
        } else {
            request = requestOf(json(exchange, body));
        }
        request.setEventDefinitionKey(key(exchange, request.getEventDefinitionKey()));
        return request;
    }

    /**
     * The one member the message carries, with its event definition key.
     *
     * @throws IllegalArgumentException when the body is no member, has no contactKey, or no key is given
     */
    public KeyedMember member(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof BatchEntryMember member) {
            return new KeyedMember(key(exchange, null), checked(member));
        }
        if (body instanceof EntryEvent event) {
            return new KeyedMember(key(exchange, event.getEventDefinitionKey()),
                    checked(new BatchEntryMember(event.getContactKey(), event.getData())));
        }
        if (body instanceof Map<?, ?> map) {
            return new KeyedMember(key(exchange, text(map, "eventDefinitionKey", "EventDefinitionKey")),
                    checked(new BatchEntryMember(text(map, "contactKey", "ContactKey"), data(map))));
        }
        JsonNode node = json(exchange, body);
        if (!node.isObject()) {
            throw new IllegalArgumentException("postAsyncEvents with batchSize needs one member per message: a Map, "
                                               + "BatchEntryMember, EntryEvent or JSON object with contactKey");
        }
        return new KeyedMember(key(exchange, text(node, "eventDefinitionKey", "EventDefinitionKey")), memberOf(node));
    }

    private BatchEntryRequest requestOf(JsonNode node) {
        if (node.isArray()) {
            List<BatchEntryMember> members = new ArrayList<>(node.size());
            node.forEach(member -> members.add(memberOf(member)));
            return new BatchEntryRequest(null, members);
        }
        JsonNode members = node.isObject() ? field(node, "members", "Members") : null;
        if (members == null || !members.isArray()) {
            throw new IllegalArgumentException("postAsyncEvents needs a member list: a Collection of members, a "
                                               + "BatchEntryRequest, or JSON {eventDefinitionKey, members[]}");
        }
        BatchEntryRequest request = requestOf(members);
        request.setEventDefinitionKey(text(node, "eventDefinitionKey", "EventDefinitionKey"));
        return request;
    }

    private List<BatchEntryMember> membersOf(Collection<?> list) {
        List<BatchEntryMember> members = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element instanceof BatchEntryMember member) {
                members.add(checked(member));
            } else if (element instanceof EntryEvent event) {
                members.add(checked(new BatchEntryMember(event.getContactKey(), event.getData())));
            } else {
                members.add(memberOf(mapper.valueToTree(element)));
            }
        }
        return members;
    }

    private BatchEntryMember memberOf(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("postAsyncEvents: a member must be an object with contactKey, but was "
                                               + node.getNodeType());
        }
        JsonNode data = field(node, "data", "Data");
        Map<String, Object> values = data == null || data.isNull() ? null : mapper.convertValue(data, DATA);
        return checked(new BatchEntryMember(text(node, "contactKey", "ContactKey"), values));
    }

    private static BatchEntryMember checked(BatchEntryMember member) {
        if (member == null || member.getContactKey() == null || member.getContactKey().isBlank()) {
            throw new IllegalArgumentException("postAsyncEvents: every member needs a contactKey");
        }
        return member;
    }

    private String key(Exchange exchange, String fromBody) {
        String key = exchange.getMessage().getHeader(SfmcJourneyConstants.EVENT_DEFINITION_KEY, String.class);
        if (isBlank(key)) {
            key = isBlank(fromBody) ? defaultKey : fromBody;
        }
        if (isBlank(key)) {
            throw new IllegalArgumentException("postAsyncEvents needs 'eventDefinitionKey': set the endpoint option "
                                               + "eventDefinitionKey=..., the header "
                                               + SfmcJourneyConstants.EVENT_DEFINITION_KEY
                                               + " or eventDefinitionKey in the body");
        }
        return key;
    }

    private JsonNode json(Exchange exchange, Object body) {
        if (body == null) {
            throw new IllegalArgumentException("postAsyncEvents needs a message body");
        }
        try {
            return mapper.readTree(body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : exchange.getMessage().getMandatoryBody(byte[].class));
        } catch (InvalidPayloadException e) {
            throw new IllegalArgumentException("postAsyncEvents cannot read a body of type "
                                               + body.getClass().getName(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("postAsyncEvents: the message body is not valid JSON: "
                                               + e.getMessage(), e);
        }
    }

    /** A Map's data as is when it is a Map (no copy on the hot path), else converted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> data(Map<?, ?> map) {
        Object data = map.containsKey("data") ? map.get("data") : map.get("Data");
        if (data == null || data instanceof Map<?, ?>) {
            return (Map<String, Object>) data;
        }
        return mapper.convertValue(data, DATA);
    }

    private static String text(Map<?, ?> map, String camel, String pascal) {
        Object value = map.containsKey(camel) ? map.get(camel) : map.get(pascal);
        return value == null ? null : value.toString();
    }

    private static JsonNode field(JsonNode node, String camel, String pascal) {
        JsonNode value = node.get(camel);
        return value != null ? value : node.get(pascal);
    }

    private static String text(JsonNode node, String camel, String pascal) {
        JsonNode value = field(node, camel, pascal);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * One member and the event definition it enters.
     *
     * @param eventDefinitionKey the event definition key
     * @param member             the member
     */
    public record KeyedMember(String eventDefinitionKey, BatchEntryMember member) {
    }
}
