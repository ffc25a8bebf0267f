package io.sfmcjourney.camel.kamelets;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.EntryEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * Shapes the body of the entry Kamelets: the message body is the event's {@code Data} (a JSON object as a
 * {@code Map}, JSON text or bytes), the contact key and event definition key come from headers the Kamelet sets
 * from its properties when the message did not carry them. Called by {@code sfmc-journey-entry-sink} and
 * {@code sfmc-journey-batch-entry-sink}; bad input fails the exchange before any SFMC call, naming what is missing.
 */
public final class EntryBodies {

    /** Header (or Kamelet property) with the contact key. */
    public static final String CONTACT_KEY = "contactKey";
    /** Header (or Kamelet property) with the event definition key. */
    public static final String EVENT_DEFINITION_KEY = "eventDefinitionKey";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private EntryBodies() {
    }

    /** The {@code postInteractionsEvents} body {@code {ContactKey, EventDefinitionKey, Data}} of one contact. */
    public static EntryEvent entryEvent(@Header(CONTACT_KEY) String contactKey,
            @Header(EVENT_DEFINITION_KEY) String eventDefinitionKey, Exchange exchange) {
        return new EntryEvent(required(contactKey, CONTACT_KEY, "sfmc-journey-entry-sink"),
                required(eventDefinitionKey, EVENT_DEFINITION_KEY, "sfmc-journey-entry-sink"),
                data(exchange, "sfmc-journey-entry-sink"));
    }

    /**
     * One {@code postAsyncEvents} member: with a contact key (header or property) the body is its data; without
     * one the body must already be a member {@code {contactKey, data}} and is passed on as a JSON object.
     */
    public static Object batchMember(@Header(CONTACT_KEY) String contactKey, Exchange exchange) {
        Map<String, Object> body = data(exchange, "sfmc-journey-batch-entry-sink");
        if (isBlank(contactKey)) {
            if (body == null || !(body.containsKey("contactKey") || body.containsKey("ContactKey"))) {
                throw new IllegalArgumentException("sfmc-journey-batch-entry-sink: no contact key: set the header or"
                        + " Kamelet property contactKey, or send a body {\"contactKey\": ..., \"data\": {...}}");
            }
            return body;
        }
        return new BatchEntryMember(contactKey, body);
    }

    private static Map<String, Object> data(Exchange exchange, String kamelet) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) map;
            return data;
        }
        String text = exchange.getMessage().getBody(String.class);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(text, JSON_OBJECT);
        } catch (IOException e) {
            throw new IllegalArgumentException(kamelet + ": the body must be a JSON object (the contact's event data),"
                    + " e.g. {\"email\": \"a@example.com\"}; got " + body.getClass().getSimpleName() + " that is not",
                    e);
        }
    }

    private static String required(String value, String name, String kamelet) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(kamelet + ": no " + name + ": set the Kamelet property " + name
                    + " or the message header " + name);
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
