package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.EntryRules;
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
 * Published journey version the definition triggers (history items plus population counters) unless an
 * {@link EntryRules entry rule} or the journey's {@code entryMode} keeps it out (one history record with SFMC's
 * reason as status); entries for a paused journey wait for its resume, a journey not published answers
 * {@code InteractionNotPublished}. History is written through {@link DeferredHistory}. Lock-free.
 */
public final class EntryService {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final int MAX_ACTIVITY_ITEMS = 25;

    private final EntryListener listener;
    private final EntryRules rules;
    private final DeferredHistory outcomes;

    public EntryService(HistoryStore history, EntryListener listener, EntryRules rules) {
        this.listener = listener;
        this.rules = rules;
        this.outcomes = new DeferredHistory(history, rules);
    }

    /** Where entry outcomes wait until the history shows them. */
    public DeferredHistory outcomes() {
        return outcomes;
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
        String historyEventId = account.settings().quirks().historyEventIdIsEventInstanceId() ? eventInstanceId
                : Ids.guid();
        for (JourneyVersion version : account.triggers().entering(definition)) {
            admit(account, version, event, historyEventId, now);
        }
        DormantTriggers dormant = account.dormantTriggers();
        for (JourneyVersion paused : dormant.paused(definition)) {
            Journey journey = paused.journey();
            account.heldEntries().hold(journey.id(), () -> {
                for (JourneyVersion version : journey.versions()) {
                    if (version.status() == JourneyStatus.Published) {
                        admit(account, version, event, historyEventId, Instant.now());
                    }
                }
            });
        }
        for (JourneyVersion version : dormant.notPublished(definition)) {
            reject(account, version, contactKey, historyEventId, "InteractionNotPublished", now);
        }
        return event;
    }

    /** Lets the contact enter the version, or writes why it does not. */
    private void admit(AccountState account, JourneyVersion version, AcceptedEvent event, String eventId,
            Instant now) {
        EntryRules.EntryMode mode = EntryRules.EntryMode.of(version.text("entryMode"), rules.notSetEntryMode());
        String journeyId = version.journey().id();
        String refusal = refusal(account, mode, journeyId, event);
        if (refusal != null) {
            reject(account, version, event.contactKey(), eventId, refusal, now);
            return;
        }
        boolean stillIn = enter(account, version, event.contactKey(), eventId, now);
        if (mode != EntryRules.EntryMode.MultipleEntries) {
            account.membership().entered(journeyId, event.contactKey(), stillIn);
        }
    }

    /** SFMC's history status for a contact that may not enter, or {@code null}. */
    private String refusal(AccountState account, EntryRules.EntryMode mode, String journeyId, AcceptedEvent event) {
        String contactStatus = rules.contactStatus(event.contactKey());
        if (contactStatus != null) {
            return contactStatus;
        }
        if (!rules.meetsCriteria(event.eventDefinitionKey(), event.data())) {
            return "DidNotMeetEntryCriteria";
        }
        if (!rules.hasRequiredData(event.eventDefinitionKey(), event.data())) {
            return "ErrorValidatingContact";
        }
        if (mode == EntryRules.EntryMode.MultipleEntries) {
            return null;
        }
        JourneyMembership.Presence presence = account.membership().presence(journeyId, event.contactKey());
        if (presence == JourneyMembership.Presence.IN) {
            return "ContactAlreadyInInteraction";
        }
        return presence == JourneyMembership.Presence.EXITED && mode == EntryRules.EntryMode.OnceAndDone
                ? "ContactPreviouslyInSameInteraction" : null;
    }

    /** One trigger record carrying the reason as status. */
    private void reject(AccountState account, JourneyVersion version, String contactKey, String eventId,
            String status, Instant now) {
        JsonNode trigger = version.trigger();
        outcomes.write(account.accountId(), List.of(new HistoryEntry(contactKey, version.definitionId(),
                version.name(), trigger == null ? Ids.NIL : trigger.path("id").asText(Ids.NIL),
                trigger == null ? "" : trigger.path("name").asText(""), "Trigger", status, eventId, now)));
    }

    /** Enters the contact; {@code true} when it stays in the journey (waiting in an activity). */
    private boolean enter(AccountState account, JourneyVersion version, String contactKey, String eventId, Instant now) {
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
        outcomes.write(account.accountId(), entries);
        version.entered(waiting);
        if (waiting) {
            account.memberships().entered(version, contactKey);
        }
        return waiting;
    }
}
