package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One event definition: its stored document (GET shape), the data fields it accepts and its trigger statistics.
 * The document is replaced, never mutated, so readers need no lock.
 */
public final class EventDefinition {

    /** The user id the simulator writes into createdBy/modifiedBy. */
    public static final long SIMULATED_USER_ID = 700000001L;

    private final String id;
    private volatile ObjectNode document;
    private volatile DataSchema schema;
    private final LongAdder attempted = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder failed = new LongAdder();

    EventDefinition(String id, ObjectNode document, DataSchema schema) {
        this.id = id;
        this.document = document;
        this.schema = schema;
    }

    public String id() {
        return id;
    }

    public String key() {
        return document.path("eventDefinitionKey").asText();
    }

    public String name() {
        return document.path("name").asText();
    }

    ObjectNode document() {
        return document;
    }

    void replace(ObjectNode newDocument, DataSchema newSchema) {
        this.document = newDocument;
        this.schema = newSchema;
    }

    /** Data fields accepted by this definition; {@link DataSchema#ANY} when its data extension is not known. */
    public DataSchema schema() {
        return schema;
    }

    /** GET shape: real dates, numeric {@code arguments.serializedObjectType}, live journey counts. */
    public ObjectNode readView(int interactionCount, int publishedInteractionCount) {
        ObjectNode view = document.deepCopy();
        view.put("interactionCount", interactionCount);
        view.put("publishedInteractionCount", publishedInteractionCount);
        return view;
    }

    /**
     * Create/update response shape: dates are the 0001 sentinel, createdBy/modifiedBy 0 and
     * {@code arguments.serializedObjectType} is the string {@code "ApiEvent"} for API events.
     */
    public ObjectNode writeView() {
        ObjectNode view = document.deepCopy();
        view.put("createdDate", Timestamps.NEVER);
        view.put("createdBy", 0);
        view.put("modifiedDate", Timestamps.NEVER);
        view.put("modifiedBy", 0);
        JsonNode arguments = view.get("arguments");
        if (arguments instanceof ObjectNode args && "APIEvent".equalsIgnoreCase(Json.text(view, "type"))) {
            args.put("serializedObjectType", "ApiEvent");
        }
        return view;
    }

    void attempted(boolean succeeded) {
        attempted.increment();
        (succeeded ? accepted : failed).increment();
    }

    /** Trigger statistics as {@code eventType -> count}. */
    public Map<String, Long> statistics() {
        return Map.of("MetCriteria", accepted.sum(), "ContactAttempted", attempted.sum(), "Failed", failed.sum());
    }
}
