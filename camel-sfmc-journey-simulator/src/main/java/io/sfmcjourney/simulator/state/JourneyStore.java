package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The journeys of one account: create, read, update and delete of versions. Callers hold the account lock. */
public final class JourneyStore {

    /** Default journey folder of every simulated account. */
    public static final int DEFAULT_CATEGORY_ID = 6298;

    static final int MAX_KEY_LENGTH = 200;

    private static final Set<String> UPDATABLE = Set.of("name", "description", "workflowApiVersion", "activities",
            "triggers", "goals", "exits", "notifiers", "entryMode", "defaults", "metaData", "channel", "categoryId",
            "executionMode", "tags");
    private static final Set<String> SERVER_ASSIGNED = Set.of("id", "key", "lastPublishedDate", "createdDate",
            "modifiedDate", "definitionId", "status", "version", "stats", "scheduledStatus", "healthStats");
    private static final String CONFLICT = "Conflict, this change would cause a current operation on the specified"
            + " interaction or a running interaction to be changed, which is not permitted";
    private static final String STALE = "Another user recently modified this journey. Refresh to edit the latest version.";

    private final Map<String, Journey> byId = new HashMap<>();
    private final Map<String, Journey> byKey = new HashMap<>();
    private final Map<String, JourneyVersion> byDefinitionId = new HashMap<>();
    private final List<Journey> journeys = new ArrayList<>();

    /** Every journey, in creation order. */
    public List<Journey> all() {
        return journeys;
    }

    /** A journey by id, by a version's definitionId, or by key; {@code null} when unknown. */
    public Journey find(Ref ref) {
        if (ref.byKey()) {
            return byKey.get(normalise(ref.value()));
        }
        Journey journey = byId.get(ref.value());
        if (journey == null) {
            JourneyVersion version = byDefinitionId.get(ref.value());
            journey = version == null ? null : version.journey();
        }
        return journey;
    }

    /** The live journey or 404/30003. */
    public Journey require(Ref ref) {
        Journey journey = find(ref);
        if (journey == null || journey.fullyDeleted()) {
            throw ApiException.journeyNotFound();
        }
        return journey;
    }

    /** A version: the given number, else the latest; a missing or Deleted version is 404/30003. */
    public JourneyVersion get(Ref ref, Integer versionNumber) {
        Journey journey = require(ref);
        JourneyVersion version = versionNumber == null ? journey.latest() : journey.version(versionNumber);
        if (version == null || version.status() == JourneyStatus.Deleted) {
            throw ApiException.journeyNotFound();
        }
        return version;
    }

    /** POST /interactions: a new journey (version 1) or version N+1 of an existing key. */
    public JourneyVersion create(ObjectNode body, Instant now, Quirks quirks) {
        String key = Json.requiredText(body, "key");
        String name = Json.requiredText(body, "name");
        if (!body.hasNonNull("workflowApiVersion")) {
            throw ApiException.missing("workflowApiVersion");
        }
        if (!body.get("workflowApiVersion").isNumber()) {
            throw ApiException.wrongType("workflowApiVersion");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid("The key must not be longer than " + MAX_KEY_LENGTH + " characters.");
        }
        Journey journey = byKey.get(normalise(key));
        if (journey != null && !journey.fullyDeleted()) {
            JourneyVersion latest = journey.latest();
            if (latest.status() == JourneyStatus.Draft) {
                return existingDraft(latest, body, now, quirks);
            }
            return addVersion(journey, body, name, now, latest.number() + 1);
        }
        String id = Ids.guid();
        journey = new Journey(id, key);
        byId.put(id, journey);
        byKey.put(normalise(key), journey);
        journeys.add(journey);
        return addVersion(journey, body, name, now, 1);
    }

    private JourneyVersion existingDraft(JourneyVersion draft, ObjectNode body, Instant now, Quirks quirks) {
        switch (quirks.postExistingDraftKey()) {
            case UPDATE_DRAFT -> {
                applyUpdate(draft, body, now);
                return draft;
            }
            case BAD_REQUEST_30000 -> throw ApiException.of(400, 30000, "An interaction with this key already exists.");
            default -> throw ApiException.of(409, 30004, "An interaction with this key already exists.");
        }
    }

    private JourneyVersion addVersion(Journey journey, ObjectNode body, String name, Instant now, int number) {
        String definitionId = number == 1 ? journey.id() : Ids.guid();
        String created = Timestamps.format(now);
        ObjectNode doc = Json.object();
        doc.put("id", journey.id());
        doc.put("key", journey.key());
        doc.put("name", name);
        doc.put("lastPublishedDate", Timestamps.NEVER);
        doc.put("description", Json.textOr(body, "description", ""));
        doc.put("version", number);
        doc.set("workflowApiVersion", body.get("workflowApiVersion"));
        doc.put("createdDate", created);
        doc.put("modifiedDate", created);
        if (body.has("activities")) {
            doc.set("activities", withIds(array(body, "activities"), Json.array()));
        }
        doc.set("triggers", withIds(array(body, "triggers"), Json.array()));
        doc.set("goals", array(body, "goals"));
        doc.set("exits", array(body, "exits"));
        doc.set("notifiers", array(body, "notifiers"));
        doc.put("entryMode", Json.textOr(body, "entryMode", "NotSet"));
        doc.put("definitionType", Json.textOr(body, "definitionType", "Multistep"));
        doc.put("channel", Json.textOr(body, "channel", ""));
        doc.set("defaults", body.has("defaults") ? body.get("defaults").deepCopy() : Json.object().set("properties", Json.object()));
        doc.set("metaData", body.has("metaData") ? body.get("metaData").deepCopy() : Json.object());
        doc.put("executionMode", Json.textOr(body, "executionMode", "Production"));
        doc.set("categoryId", body.hasNonNull("categoryId") ? body.get("categoryId") : Json.object().numberNode(DEFAULT_CATEGORY_ID));
        if (body.has("tags")) {
            doc.set("tags", body.get("tags").deepCopy());
        }
        copyUnknownFields(body, doc);
        doc.put("status", JourneyStatus.Draft.name());
        doc.put("definitionId", definitionId);
        doc.put("scheduledStatus", "Draft");
        JourneyVersion version = new JourneyVersion(journey, doc, number, definitionId, now);
        journey.add(version);
        byDefinitionId.put(definitionId, version);
        return version;
    }

    /**
     * PUT /interactions[/{id}|/key:{key}]: body {@code version} selects a Draft; {@code modifiedDate} must match.
     * An identical payload answers 304 with the documented body.
     */
    public JourneyVersion update(Ref pathRef, ObjectNode body, Instant now, Quirks quirks) {
        Ref ref = pathRef != null ? pathRef : refFromBody(body);
        JsonNode versionField = body.get("version");
        if (versionField == null || !versionField.canConvertToInt()) {
            throw ApiException.legacy(400, 400, "Please validate that your request is properly formed.");
        }
        Journey journey = find(ref);
        JourneyVersion version = journey == null ? null : journey.version(versionField.asInt());
        if (version == null || version.status() == JourneyStatus.Deleted) {
            throw ApiException.legacy(404, 30003, "Interaction not found.");
        }
        if (version.status() != JourneyStatus.Draft || version.pendingPublishId() != null) {
            throw ApiException.legacy(409, 409, CONFLICT);
        }
        checkNotStale(version, body, quirks);
        if (!applyUpdate(version, body, now)) {
            throw new ApiException(ApiResponse.json(304, ApiException.envelope(
                    "No change has been processed, supplied data matches that on the server.", 304, "")));
        }
        return version;
    }

    private static void checkNotStale(JourneyVersion version, ObjectNode body, Quirks quirks) {
        String sent = Json.text(body, "modifiedDate");
        boolean stale;
        if (Json.isBlank(sent)) {
            stale = quirks.putRequiresModifiedDate();
        } else {
            Instant sentInstant = Timestamps.parse(sent, "modifiedDate");
            stale = sentInstant.toEpochMilli() != version.modified().toEpochMilli();
        }
        if (stale) {
            Quirks.StateError error = quirks.staleModifiedDateError();
            throw ApiException.of(error.status(), error.errorcode(), STALE);
        }
    }

    /** Applies the updatable fields present in the body; {@code false} when nothing would change. */
    private boolean applyUpdate(JourneyVersion version, ObjectNode body, Instant now) {
        ObjectNode doc = version.document();
        ObjectNode candidate = doc.deepCopy();
        body.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (!UPDATABLE.contains(name)) {
                return;
            }
            JsonNode value = field.getValue();
            if ("activities".equals(name) || "triggers".equals(name)) {
                if (!value.isArray()) {
                    throw ApiException.wrongType(name);
                }
                value = withIds((ArrayNode) value, doc.get(name));
            }
            candidate.set(name, value.deepCopy());
        });
        if (candidate.equals(doc)) {
            return false;
        }
        doc.setAll(candidate);
        version.touch(now);
        return true;
    }

    /** DELETE: one version, or every version when {@code versionNumber} is absent. */
    public Journey delete(Ref ref, Integer versionNumber) {
        Journey journey = require(ref);
        if (versionNumber != null) {
            JourneyVersion version = journey.version(versionNumber);
            if (version == null || version.status() == JourneyStatus.Deleted) {
                throw ApiException.journeyNotFound();
            }
            markDeleted(version);
        } else {
            journey.versions().forEach(JourneyStore::markDeleted);
        }
        return journey;
    }

    private static void markDeleted(JourneyVersion version) {
        version.status(JourneyStatus.Deleted);
        version.pendingPublishId(null);
    }

    private static Ref refFromBody(ObjectNode body) {
        String id = Json.text(body, "id");
        if (!Json.isBlank(id)) {
            return Ref.id(id);
        }
        String key = Json.text(body, "key");
        if (!Json.isBlank(key)) {
            return Ref.key(key);
        }
        throw ApiException.legacy(400, 400, "Please validate that your request is properly formed.");
    }

    /** Copies the elements, giving each one without an id the id of the same-key element before, else a new GUID. */
    private static ArrayNode withIds(ArrayNode elements, JsonNode previous) {
        Map<String, String> previousIds = new HashMap<>();
        if (previous != null && previous.isArray()) {
            for (JsonNode element : previous) {
                String key = Json.text(element, "key");
                String id = Json.text(element, "id");
                if (key != null && id != null) {
                    previousIds.put(key, id);
                }
            }
        }
        ArrayNode copy = elements.deepCopy();
        for (JsonNode element : copy) {
            if (element.isObject() && Json.isBlank(Json.text(element, "id"))) {
                String key = Json.text(element, "key");
                String id = key == null ? null : previousIds.get(key);
                ((ObjectNode) element).put("id", id != null ? id : Ids.guid());
            }
        }
        return copy;
    }

    private static ArrayNode array(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Json.array();
        }
        if (!value.isArray()) {
            throw ApiException.wrongType(field);
        }
        return (ArrayNode) value.deepCopy();
    }

    private static void copyUnknownFields(ObjectNode body, ObjectNode doc) {
        body.fields().forEachRemaining(field -> {
            if (!doc.has(field.getKey()) && !SERVER_ASSIGNED.contains(field.getKey())) {
                doc.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
