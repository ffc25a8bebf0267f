package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.state.AccountState;
import io.sfmcjourney.simulator.state.ContactMemberships;
import io.sfmcjourney.simulator.state.Journey;
import io.sfmcjourney.simulator.state.JourneyVersion;
import io.sfmcjourney.simulator.state.Ref;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Contacts in journeys: {@code POST interactions/contactexit} (at most 50 contacts; removes each from the listed
 * versions, or from every version it is in, and writes a history record), {@code POST interactions/contactexit/status}
 * (the outcome of the last exit per contact and journey) and {@code POST interactions/contactMembership} (the versions
 * contacts wait in).
 */
final class ContactEndpoints {

    /** Contacts one contact exit takes. */
    static final int MAX_EXITS = 50;

    private static final String V1 = ApiRoutes.V1;

    private final ApiContext context;

    ContactEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("postContactExit", "POST", V1 + "interactions/contactexit", this::exit);
        routes.add("getContactExitStatus", "POST", V1 + "interactions/contactexit/status", this::exitStatus);
        routes.add("postContactMembership", "POST", V1 + "interactions/contactMembership", this::membership);
    }

    private ApiResponse exit(ApiRequest request) {
        ArrayNode items = list(request);
        if (items.size() > MAX_EXITS) {
            throw ApiException.invalid("A maximum of " + MAX_EXITS + " contacts can be removed per request.");
        }
        for (JsonNode item : items) {
            Json.requiredText(item, "ContactKey");
            Json.requiredText(item, "DefinitionKey");
            versions(item);
        }
        AccountState account = request.account();
        return account.locked(() -> {
            Instant now = Instant.now();
            ArrayNode errors = Json.array();
            for (JsonNode item : items) {
                String contactKey = Json.requiredText(item, "ContactKey");
                String journeyKey = Json.requiredText(item, "DefinitionKey");
                Journey journey = account.journeys().find(Ref.key(journeyKey));
                if (journey == null || journey.fullyDeleted()) {
                    errors.add(status(contactKey, journeyKey, List.of(
                            new ContactMemberships.Exit(null, 0, "Interaction matching key not found."))));
                    continue;
                }
                account.memberships().recordExit(contactKey, journeyKey,
                        exitVersions(account, journey, contactKey, versions(item), now));
            }
            return ApiResponse.json(202, Json.object().set("errors", errors));
        });
    }

    private List<ContactMemberships.Exit> exitVersions(AccountState account, Journey journey, String contactKey,
            Set<Integer> versions, Instant now) {
        List<ContactMemberships.Exit> outcome = new ArrayList<>();
        for (JourneyVersion version : journey.versions()) {
            if (!versions.isEmpty() && !versions.contains(version.number())) {
                continue;
            }
            if (account.memberships().exit(version, contactKey)) {
                context.history().append(account.accountId(), new HistoryEntry(contactKey, version.definitionId(),
                        version.name(), Ids.NIL, "Contact Exit", "ContactExit", "Exited", null, now));
                outcome.add(new ContactMemberships.Exit(version.definitionId(), version.number(), "Exited"));
            } else if (!versions.isEmpty()) {
                outcome.add(new ContactMemberships.Exit(version.definitionId(), version.number(),
                        "Contact not found in journey version."));
            }
        }
        if (outcome.isEmpty()) {
            outcome.add(new ContactMemberships.Exit(null, 0, "Contact not found in journey."));
        }
        return outcome;
    }

    private ApiResponse exitStatus(ApiRequest request) {
        ArrayNode items = list(request);
        AccountState account = request.account();
        ArrayNode answer = Json.array();
        for (JsonNode item : items) {
            String contactKey = Json.requiredText(item, "ContactKey");
            String journeyKey = Json.requiredText(item, "DefinitionKey");
            List<ContactMemberships.Exit> exits = account.memberships().exitsOf(contactKey, journeyKey);
            answer.add(status(contactKey, journeyKey, exits == null
                    ? List.of(new ContactMemberships.Exit(null, 0, "No exit request found.")) : exits));
        }
        return ApiResponse.json(200, answer);
    }

    private ApiResponse membership(ApiRequest request) {
        JsonNode keys = request.jsonObject().get("ContactKeyList");
        if (keys == null || !keys.isArray()) {
            throw ApiException.missing("ContactKeyList");
        }
        AccountState account = request.account();
        ArrayNode memberships = Json.array();
        ArrayNode notFound = Json.array();
        for (JsonNode key : keys) {
            String contactKey = key.asText();
            List<JourneyVersion> versions = account.memberships().versionsOf(contactKey);
            if (versions.isEmpty()) {
                notFound.add(contactKey);
            }
            for (JourneyVersion version : versions) {
                memberships.add(Json.object().put("contactKey", contactKey)
                        .put("definitionKey", version.journey().key()).put("version", version.number()));
            }
        }
        ObjectNode results = Json.object();
        results.set("contactMemberships", memberships);
        results.set("contactsNotFound", notFound);
        return ApiResponse.json(200, Json.object().set("results", results));
    }

    private static ObjectNode status(String contactKey, String journeyKey, List<ContactMemberships.Exit> exits) {
        ObjectNode status = Json.object().put("contactKey", contactKey).put("definitionKey", journeyKey);
        ArrayNode details = status.putArray("status");
        for (ContactMemberships.Exit exit : exits) {
            ObjectNode detail = details.addObject();
            if (exit.definitionInstanceId() != null) {
                detail.put("definitionInstanceId", exit.definitionInstanceId()).put("version", exit.version());
            }
            detail.put("message", exit.message());
        }
        return status;
    }

    private static ArrayNode list(ApiRequest request) {
        JsonNode body = request.json();
        if (!(body instanceof ArrayNode items)) {
            throw ApiException.wrongType("the request body (an array of {ContactKey, DefinitionKey, Versions})");
        }
        return items;
    }

    private static Set<Integer> versions(JsonNode item) {
        Set<Integer> versions = new LinkedHashSet<>();
        JsonNode node = item.get("Versions");
        if (node != null && !node.isNull()) {
            if (!node.isArray()) {
                throw ApiException.wrongType("Versions");
            }
            node.forEach(version -> versions.add(version.asInt()));
        }
        return versions;
    }
}
