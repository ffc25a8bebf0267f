package io.sfmcjourney.camel.springboot;

import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;

/** Request bodies for an API event definition and its entry events. */
final class EntryEvents {

    private EntryEvents() {
    }

    /** Creates an API event definition with one Text field, {@code Email}, through the given component scheme. */
    static void createDefinition(ProducerTemplate template, String scheme, String accountQuery, String key) {
        template.requestBody(scheme + ":postEventDefinition" + accountQuery,
                Map.of("type", "APIEvent", "name", "Starter test " + key, "eventDefinitionKey", key,
                        "schema", Map.of("fields", List.of(Map.of("name", "Email", "dataType", "Text")))));
    }

    /** The body of postInteractionsEvents. */
    static Map<String, Object> event(String contactKey, String eventDefinitionKey) {
        return Map.of("ContactKey", contactKey, "EventDefinitionKey", eventDefinitionKey,
                "Data", Map.of("Email", contactKey + "@example.invalid"));
    }
}
