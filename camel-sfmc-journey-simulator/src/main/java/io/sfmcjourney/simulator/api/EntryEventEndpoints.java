package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.PageRequest;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.server.Timestamps;
import io.sfmcjourney.simulator.state.AccountState;
import io.sfmcjourney.simulator.state.AsyncEventLog;
import io.sfmcjourney.simulator.state.EventDefinitionStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Entry events: {@code POST /events} (one, PascalCase), {@code POST /async/events} (batch) and batch status. */
final class EntryEventEndpoints {

    static final int MAX_BATCH_MEMBERS = 100;

    private static final String V1 = ApiRoutes.V1;
    private static final Set<String> STATUS_TYPES = Set.of("queued", "processed", "errored");

    private final ApiContext context;

    EntryEventEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("postInteractionsEvents", "POST", V1 + "events", this::fire);
        routes.add("postAsyncEvents", "POST", V1 + "async/events", this::fireBatch);
        routes.add("getAsyncEventsStatus", "GET", V1 + "async/events/status", this::batchStatus);
    }

    private ApiResponse fire(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        String contactKey = text(body, "ContactKey");
        if (Json.isBlank(contactKey)) {
            throw ApiException.missing("ContactKey");
        }
        String key = text(body, "EventDefinitionKey");
        if (Json.isBlank(key)) {
            throw ApiException.missing("EventDefinitionKey");
        }
        AcceptedEvent event = context.entries().fire(request.account(), contactKey, key, field(body, "Data"), false,
                null);
        ObjectNode answer = Json.object();
        answer.put("eventInstanceId", event.eventInstanceId());
        return ApiResponse.json(201, answer);
    }

    private ApiResponse fireBatch(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        String key = text(body, "eventDefinitionKey");
        if (Json.isBlank(key)) {
            throw ApiException.missing("eventDefinitionKey");
        }
        JsonNode members = field(body, "members");
        if (members == null || !members.isArray() || members.isEmpty()) {
            throw ApiException.missing("members");
        }
        if (members.size() > MAX_BATCH_MEMBERS) {
            throw ApiException.invalid("A request can contain at most " + MAX_BATCH_MEMBERS + " members.");
        }
        AccountState account = request.account();
        if (account.eventDefinitions().byKey(key) == null) {
            throw EventDefinitionStore.notFound();
        }
        String requestId = Ids.guid();
        ArrayNode results = Json.array();
        int notQueued = 0;
        for (JsonNode member : members) {
            ObjectNode result = results.addObject();
            String contactKey = null;
            long now = System.currentTimeMillis();
            try {
                contactKey = text(member, "contactKey");
                result.put("contactKey", contactKey);
                if (Json.isBlank(contactKey)) {
                    throw ApiException.missing("contactKey");
                }
                AcceptedEvent event = context.entries().fire(account, contactKey, key, field(member, "data"), true,
                        requestId);
                result.put("eventInstanceId", event.eventInstanceId());
                account.asyncEvents().add(new AsyncEventLog.Member(requestId, event.eventInstanceId(), contactKey,
                        event.eventDefinitionKey(), null, null, now));
            } catch (ApiException e) {
                if (contactKey == null) {
                    result.putNull("contactKey");
                }
                notQueued++;
                JsonNode error = e.response().json();
                int errorcode = error.path("errorcode").asInt(10000);
                String message = error.path("message").asText();
                result.put("errorcode", errorcode);
                result.put("message", message);
                account.asyncEvents().add(new AsyncEventLog.Member(requestId, null, contactKey, key, errorcode,
                        message, now));
            }
        }
        ObjectNode answer = Json.object();
        answer.put("requestId", requestId);
        answer.put("count", members.size());
        answer.put("notQueuedCount", notQueued);
        answer.set("members", results);
        return ApiResponse.json(context.quirks().asyncEventsStatus(), answer);
    }

    private ApiResponse batchStatus(ApiRequest request) {
        String type = request.nonBlankParam("type");
        String contactKey = request.nonBlankParam("contactKey");
        String requestId = request.nonBlankParam("requestId");
        String eventInstanceId = request.nonBlankParam("eventInstanceId");
        String key = request.nonBlankParam("eventDefinitionKey");
        if (type == null && contactKey == null && requestId == null && eventInstanceId == null && key == null) {
            throw ApiException.missing("One of type, contactKey, requestId, eventInstanceId or eventDefinitionKey");
        }
        if (type != null && !STATUS_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw ApiException.invalid("type must be one of errored, queued, processed.");
        }
        long now = System.currentTimeMillis();
        String start = request.nonBlankParam("startDate");
        String end = request.nonBlankParam("endDate");
        long startMillis = start == null ? now - Duration.ofDays(30).toMillis()
                : Timestamps.parse(start, "startDate").toEpochMilli();
        long endMillis = end == null ? Long.MAX_VALUE : Timestamps.parse(end, "endDate").toEpochMilli();
        String orderBy = request.nonBlankParam("$orderBy");
        boolean descending = orderBy != null && orderBy.toLowerCase(Locale.ROOT).endsWith("desc");
        PageRequest page = context.page(request);
        AsyncEventLog.Page result = request.account().asyncEvents().search(
                new AsyncEventLog.Filter(type, contactKey, requestId, eventInstanceId, key, startMillis, endMillis,
                        descending), page.offset(), page.pageSize(), now);
        ObjectNode answer = Json.object();
        answer.put("page", page.page());
        answer.put("pageSize", result.items().size());
        answer.put("count", result.count());
        answer.set("items", Json.array().addAll(result.items()));
        return ApiResponse.json(200, answer);
    }

    private String text(JsonNode node, String field) {
        JsonNode value = field(node, field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /**
     * A body field by its documented name: exact case (PascalCase on {@code /events}, camelCase on
     * {@code /async/events}), where a field in another case is an error naming the documented one; any case with the
     * quirk {@code caseInsensitiveEventFields}.
     */
    private JsonNode field(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (context.quirks().caseInsensitiveEventFields()) {
            return Json.fieldIgnoreCase(node, field);
        }
        JsonNode exact = node.get(field);
        if (exact == null && Json.fieldIgnoreCase(node, field) != null) {
            throw ApiException.missing(field);
        }
        return exact;
    }
}
