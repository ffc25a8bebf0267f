package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accepts entry events: checks the definition and data, records the event, and lets the contact enter every
 * Published journey version the definition triggers (history items plus population counters). Lock-free.
 */
public final class EntryService {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final int MAX_ACTIVITY_ITEMS = 25;

    private final HistoryStore history;
    private final EntryListener listener;

    public EntryService(HistoryStore history, EntryListener listener) {
        this.history = history;
        this.listener = listener;
    }

    /**
     * Fires one event.
     *
     * @throws ApiException 400 for an unknown definition or data that does not fit its schema
     */
    public AcceptedEvent fire(AccountState account, String contactKey, String eventDefinitionKey, JsonNode data,
            boolean batch, String requestId) {
        account.settleIfDue();
        EventDefinition definition = account.eventDefinitions().byKey(eventDefinitionKey);
        if (definition == null) {
            throw EventDefinitionStore.notFound();
        }
        if (data != null && !data.isNull() && !data.isObject()) {
            definition.attempted(false);
            throw ApiException.wrongType("Data");
        }
        try {
            definition.schema().check(data, definition.key());
        } catch (ApiException e) {
            definition.attempted(false);
            throw e;
        }
        definition.attempted(true);
        Instant now = Instant.now();
        String eventInstanceId = Ids.guid();
        Map<String, Object> values = data == null || data.isNull() ? Map.of()
                : Collections.unmodifiableMap(Json.MAPPER.convertValue(data, MAP));
        AcceptedEvent event = new AcceptedEvent(eventInstanceId, contactKey, definition.key(), values, batch,
                requestId, now);
        listener.accepted(event);
        for (JourneyVersion version : account.triggers().entering(definition)) {
            enter(account, version, contactKey, eventInstanceId, now);
        }
        return event;
    }

    private void enter(AccountState account, JourneyVersion version, String contactKey, String eventId, Instant now) {
        List<HistoryEntry> entries = new ArrayList<>();
        JsonNode trigger = version.trigger();
        entries.add(new HistoryEntry(contactKey, version.definitionId(), version.name(),
                trigger == null ? Ids.NIL : trigger.path("id").asText(Ids.NIL),
                trigger == null ? "" : trigger.path("name").asText(""), "Trigger", "Complete", eventId, now));
        boolean waiting = false;
        for (JsonNode activity : version.activities()) {
            if (entries.size() > MAX_ACTIVITY_ITEMS) {
                break;
            }
            String type = activity.path("type").asText("");
            waiting = type.toUpperCase(Locale.ROOT).startsWith("WAIT");
            entries.add(new HistoryEntry(contactKey, version.definitionId(), version.name(),
                    activity.path("id").asText(""), activity.path("name").asText(""), type,
                    waiting ? "Waiting" : "Complete", eventId, now));
            if (waiting) {
                break;
            }
        }
        history.appendAll(account.accountId(), entries);
        version.entered(waiting);
        if (waiting) {
            account.memberships().entered(version, contactKey);
        }
    }
}
