package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event definitions of one account. Writers hold the account lock; readers (event firing) use the concurrent maps.
 */
public final class EventDefinitionStore {

    /** sourceApplicationExtensionId of API events. */
    public static final String API_EVENT_EXTENSION = "7db1f972-f8b7-49b6-91b5-fa218e13953d";

    private static final Set<String> UPDATABLE = Set.of("name", "description", "sourceApplicationExtensionId",
            "iconUrl", "isVisibleInPicker", "mode", "category", "metaData", "configurationArguments",
            "filterDefinitionTemplate");

    private final Map<String, EventDefinition> byId = new ConcurrentHashMap<>();
    private final Map<String, EventDefinition> byKey = new ConcurrentHashMap<>();
    private final List<EventDefinition> ordered = new ArrayList<>();

    /** A definition by key (case-insensitive) or {@code null}; lock-free. */
    public EventDefinition byKey(String key) {
        return key == null ? null : byKey.get(normalise(key));
    }

    /** A definition by id, or by key for a {@code key:} reference; {@code null} when unknown. */
    public EventDefinition find(Ref ref) {
        return ref.byKey() ? byKey(ref.value()) : byId.get(ref.value());
    }

    /** The definition, or the 400/30000 SFMC answers for an unknown event definition. */
    public EventDefinition require(Ref ref) {
        EventDefinition definition = find(ref);
        if (definition == null) {
            throw notFound();
        }
        return definition;
    }

    public static ApiException notFound() {
        return ApiException.of(400, 30000, "Event definition not found.");
    }

    /** Definitions whose name contains the filter (case-insensitive), in creation order. */
    public List<EventDefinition> list(String nameContains) {
        String needle = nameContains == null ? null : nameContains.toLowerCase(Locale.ROOT);
        List<EventDefinition> result = new ArrayList<>();
        for (EventDefinition definition : ordered) {
            if (needle == null || definition.name().toLowerCase(Locale.ROOT).contains(needle)) {
                result.add(definition);
            }
        }
        return result;
    }

    /** POST /eventDefinitions. */
    public EventDefinition create(ObjectNode body, Instant now) {
        String type = Json.requiredText(body, "type");
        String name = Json.requiredText(body, "name");
        String key = Json.requiredText(body, "eventDefinitionKey");
        checkKey(key, null);
        JsonNode schemaNode = body.get("schema");
        String dataExtensionId = Json.text(body, "dataExtensionId");
        if ((schemaNode == null || schemaNode.isNull()) && Json.isBlank(dataExtensionId)) {
            throw ApiException.missing("dataExtensionId or schema");
        }
        DataSchema schema = DataSchema.ANY;
        String dataExtensionName = null;
        ObjectNode schemaCopy = null;
        if (schemaNode != null && !schemaNode.isNull()) {
            if (!schemaNode.isObject()) {
                throw ApiException.wrongType("schema");
            }
            schema = DataSchema.of(schemaNode);
            dataExtensionId = Ids.guid();
            dataExtensionName = name + " - " + Timestamps.dataExtensionSuffix(now);
            schemaCopy = Json.object();
            schemaCopy.put("id", dataExtensionId);
            schemaCopy.put("name", dataExtensionName);
            schemaCopy.set("fields", schemaNode.get("fields").deepCopy());
        }
        String id = Ids.guid();
        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("type", type);
        doc.put("name", name);
        doc.put("description", Json.textOr(body, "description", ""));
        String created = Timestamps.format(now);
        doc.put("createdDate", created);
        doc.put("createdBy", EventDefinition.SIMULATED_USER_ID);
        doc.put("modifiedDate", created);
        doc.put("modifiedBy", EventDefinition.SIMULATED_USER_ID);
        doc.put("mode", Json.textOr(body, "mode", "Production"));
        doc.put("eventDefinitionKey", key);
        doc.put("dataExtensionId", dataExtensionId);
        if (dataExtensionName != null) {
            doc.put("dataExtensionName", dataExtensionName);
        }
        doc.put("sourceApplicationExtensionId", Json.textOr(body, "sourceApplicationExtensionId",
                "APIEvent".equalsIgnoreCase(type) ? API_EVENT_EXTENSION : Ids.NIL));
        doc.put("filterDefinitionId", Ids.NIL);
        doc.put("filterDefinitionTemplate", Json.textOr(body, "filterDefinitionTemplate", ""));
        doc.put("iconUrl", Json.textOr(body, "iconUrl", "/images/icon_journeyBuilder-event-api-blue.svg"));
        doc.set("arguments", arguments(body, type, id, key, dataExtensionId));
        if (body.has("configurationArguments")) {
            doc.set("configurationArguments", body.get("configurationArguments").deepCopy());
        }
        doc.set("metaData", body.has("metaData") ? body.get("metaData").deepCopy() : Json.object());
        doc.put("interactionCount", 0);
        doc.put("isVisibleInPicker", body.path("isVisibleInPicker").asBoolean(true));
        doc.put("isPlatformObject", false);
        doc.put("category", Json.textOr(body, "category", "Event"));
        doc.put("publishedInteractionCount", 0);
        doc.put("automationId", Ids.NIL);
        doc.put("disableDEDataLogging", body.path("disableDEDataLogging").asBoolean(false));
        if (schemaCopy != null) {
            doc.set("schema", schemaCopy);
        }
        EventDefinition definition = new EventDefinition(id, doc, schema);
        byId.put(id, definition);
        byKey.put(normalise(key), definition);
        ordered.add(definition);
        return definition;
    }

    /** PUT: only the updatable fields (and the key, and the data extension) change. */
    public EventDefinition update(Ref ref, ObjectNode body, Instant now) {
        EventDefinition definition = require(ref);
        ObjectNode doc = definition.document().deepCopy();
        DataSchema schema = definition.schema();
        body.fields().forEachRemaining(field -> {
            if (UPDATABLE.contains(field.getKey()) && !field.getValue().isNull()) {
                doc.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        String newKey = Json.text(body, "eventDefinitionKey");
        String oldKey = definition.key();
        if (!Json.isBlank(newKey) && !newKey.equals(oldKey)) {
            checkKey(newKey, definition);
            doc.put("eventDefinitionKey", newKey);
            ((ObjectNode) doc.path("arguments")).put("eventDefinitionKey", newKey);
        }
        String newDataExtension = Json.text(body, "dataExtensionId");
        if (!Json.isBlank(newDataExtension) && !newDataExtension.equals(Json.text(doc, "dataExtensionId"))) {
            doc.put("dataExtensionId", newDataExtension);
            ((ObjectNode) doc.path("arguments")).put("dataExtensionId", newDataExtension);
            doc.remove("dataExtensionName");
            doc.remove("schema");
            schema = DataSchema.ANY;
        }
        doc.put("modifiedDate", Timestamps.format(now));
        definition.replace(doc, schema);
        if (!definition.key().equals(oldKey)) {
            byKey.remove(normalise(oldKey));
            byKey.put(normalise(definition.key()), definition);
        }
        return definition;
    }

    /** DELETE by id or key; an unknown one is 400/30000. */
    public void delete(Ref ref) {
        EventDefinition definition = require(ref);
        byId.remove(definition.id());
        byKey.remove(normalise(definition.key()));
        ordered.remove(definition);
    }

    private void checkKey(String key, EventDefinition self) {
        if (key.length() > JourneyStore.MAX_KEY_LENGTH) {
            throw ApiException.invalid("EventDefinitionKey must not be longer than 200 characters.");
        }
        if (key.indexOf('.') >= 0) {
            throw ApiException.invalid("EventDefinitionKey must not contain a period.");
        }
        EventDefinition existing = byKey(key);
        if (existing != null && existing != self) {
            throw ApiException.of(409, 30004, "An event definition with this key already exists.");
        }
    }

    private static ObjectNode arguments(ObjectNode body, String type, String id, String key, String dataExtensionId) {
        ObjectNode arguments = Json.object();
        arguments.put("serializedObjectType", serializedObjectType(type));
        arguments.put("eventDefinitionKey", key);
        arguments.put("eventDefinitionId", id);
        arguments.put("dataExtensionId", dataExtensionId);
        arguments.put("criteria", "");
        JsonNode sent = body.get("arguments");
        if (sent instanceof ObjectNode sentArguments) {
            sentArguments.fields().forEachRemaining(field -> {
                if (!arguments.has(field.getKey()) || "criteria".equals(field.getKey())) {
                    arguments.set(field.getKey(), field.getValue().deepCopy());
                }
            });
        }
        return arguments;
    }

    private static int serializedObjectType(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "emailaudience" -> 3;
            case "automationaudience" -> 9;
            default -> 11;
        };
    }

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
