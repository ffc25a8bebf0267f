package io.sfmcjourney.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.support.ResourceHelper;

/**
 * Shapes the JSON documents the quickstart deploys: loads them from the classpath, points the journey's entry trigger
 * at the deployed event definition, and turns the journey into the body that updates an existing Draft version.
 * Bound as bean {@code journeyDocuments}.
 */
public class JourneyDocuments {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper();

    /** The JSON object at {@code location} ({@code classpath:...} or {@code file:...}) as a Map. */
    public Map<String, Object> load(String location, CamelContext context) throws IOException {
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, location)) {
            return mapper.readValue(in, MAP);
        }
    }

    /** The journey with its first trigger fed by the given event definition. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> withEntryEvent(Map<String, Object> journey,
            @ExchangeProperty("eventDefinitionKey") String eventDefinitionKey,
            @ExchangeProperty("eventDefinitionId") String eventDefinitionId) {
        List<Map<String, Object>> triggers = (List<Map<String, Object>>) journey.get("triggers");
        if (triggers == null || triggers.isEmpty()) {
            throw new IllegalArgumentException("The journey " + journey.get("key") + " has no trigger to feed");
        }
        Map<String, Object> metaData = (Map<String, Object>) triggers.get(0)
                .computeIfAbsent("metaData", name -> new LinkedHashMap<String, Object>());
        metaData.put("eventDefinitionKey", eventDefinitionKey);
        metaData.put("eventDefinitionId", eventDefinitionId);
        return journey;
    }

    /**
     * The body of updateInteractionByKey for the Draft {@code existing}: the desired journey plus the version it
     * replaces and that version's modifiedDate (SFMC's optimistic lock).
     */
    public Map<String, Object> draftUpdate(@ExchangeProperty("journeyDocument") Map<String, Object> journey,
            @ExchangeProperty("existingJourney") Map<String, Object> existing) {
        Map<String, Object> update = new LinkedHashMap<>(journey);
        update.put("id", existing.get("id"));
        update.put("version", existing.get("version"));
        update.put("modifiedDate", existing.get("modifiedDate"));
        return update;
    }
}
