package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.PageRequest;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.server.Timestamps;
import io.sfmcjourney.simulator.HistoryQuirks;
import io.sfmcjourney.simulator.HistoryQuirks.Filter;
import io.sfmcjourney.simulator.HistoryQuirks.Order;
import io.sfmcjourney.simulator.state.HistoryQuery;
import io.sfmcjourney.simulator.state.HistoryView;
import io.sfmcjourney.simulator.state.HistoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journey history: {@code GET /history} (query filters), {@code POST /interactions/journeyhistory/search}
 * (body filters) and {@code POST /interactions/traceevents/search} (Elasticsearch-style query string).
 * Time bounds: start inclusive, end exclusive; default order TransactionTime ascending.
 */
final class HistoryEndpoints {

    private static final String V1 = ApiRoutes.V1;
    private static final Pattern TERM = Pattern.compile("(\\w+)\\s*:\\s*(\\[[^\\]]*\\]|\"[^\"]*\"|[^\\s()]+)");

    private final ApiContext context;
    private final AtomicLong shuffles = new AtomicLong();

    HistoryEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("getHistory", "GET", V1 + "history", this::history);
        routes.add("searchJourneyHistory", "POST", V1 + "interactions/journeyhistory/search", this::search);
        routes.add("searchTraceEvents", "POST", V1 + "interactions/traceevents/search", this::traceEvents);
    }

    private ApiResponse history(ApiRequest request) {
        HistoryQuirks quirks = context.quirks().history();
        HistoryQuery query = new HistoryQuery(request.account().accountId(),
                unlessIgnored(quirks, Filter.DEFINITION_ID, params(request, "definitionId")),
                unlessIgnored(quirks, Filter.CONTACT_KEY, params(request, "contactKey")), params(request, "activityId"),
                unlessIgnored(quirks, Filter.ACTIVITY_TYPE, params(request, "activityType")),
                unlessIgnored(quirks, Filter.STATUS, params(request, "status")), params(request, "eventId"),
                bound(quirks, request.nonBlankParam("start"), "start"),
                bound(quirks, request.nonBlankParam("end"), "end"),
                descending(request));
        return historyPage(request, query, quirks);
    }

    private ApiResponse search(ApiRequest request) {
        HistoryQuirks quirks = context.quirks().history();
        ObjectNode body = request.jsonObjectOrEmpty();
        HistoryQuery query = new HistoryQuery(request.account().accountId(),
                unlessIgnored(quirks, Filter.DEFINITION_ID, strings(body, "definitionIds")),
                unlessIgnored(quirks, Filter.CONTACT_KEY, strings(body, "contactKeys")), strings(body, "activityIds"),
                unlessIgnored(quirks, Filter.ACTIVITY_TYPE, strings(body, "activityTypes")),
                unlessIgnored(quirks, Filter.STATUS, strings(body, "statuses")), strings(body, "eventIds"),
                bound(quirks, Json.text(body, "start"), "start"), bound(quirks, Json.text(body, "end"), "end"),
                descending(request));
        return historyPage(request, query, quirks);
    }

    /**
     * One page as the history quirks shape it: the order forced or shuffled per request, late records not yet
     * there, timestamps in the quirk's zone.
     */
    private ApiResponse historyPage(ApiRequest request, HistoryQuery requested, HistoryQuirks quirks) {
        HistoryQuery query = switch (quirks.order()) {
            case ASCENDING -> withDescending(requested, false);
            case DESCENDING -> withDescending(requested, true);
            default -> requested;
        };
        HistoryView view = new HistoryView(System.currentTimeMillis(), quirks.lateWrites().toMillis(),
                quirks.order() == Order.UNSTABLE ? shuffles.incrementAndGet() : null);
        PageRequest page = context.page(request);
        context.entries().outcomes().flushDue();
        HistoryStore.Page result = context.history().search(query, page.offset(), page.pageSize(), view);
        ArrayNode items = Json.array();
        HistoryQuirks.Zone zone = quirks.zone();
        for (ObjectNode item : result.items()) {
            if (zone != HistoryQuirks.Zone.UTC_NO_OFFSET) {
                Instant time = Timestamps.parse(item.path("transactionTime").asText(), "transactionTime");
                item.put("transactionTime", Timestamps.format(time, zone.offset(), zone.offsetWritten()));
            }
            items.add(item);
        }
        return context.pageResponse(page, result.count(), items);
    }

    private static HistoryQuery withDescending(HistoryQuery q, boolean descending) {
        return new HistoryQuery(q.accountId(), q.definitionIds(), q.contactKeys(), q.activityIds(), q.activityTypes(),
                q.statuses(), q.eventIds(), q.start(), q.end(), descending);
    }

    private static Set<String> unlessIgnored(HistoryQuirks quirks, Filter filter, Set<String> values) {
        return quirks.ignores(filter) ? Set.of() : values;
    }

    /**
     * A window bound: with an offset as written, without one in the zone of the timestamps quirk; null (any) when the
     * quirk ignores the bounds.
     */
    private static Instant bound(HistoryQuirks quirks, String text, String parameter) {
        if (Json.isBlank(text)) {
            return null;
        }
        Instant bound = Timestamps.parse(text, parameter, quirks.zone().offset());
        return quirks.timeBoundsIgnored() ? null : bound;
    }

    /** Reads {@code field:value} terms (definitionId, contactKey, activityId, activityType, status, eventId, transactionTime:[a TO b]). */
    private ApiResponse traceEvents(ApiRequest request) {
        ObjectNode body = request.jsonObjectOrEmpty();
        Map<String, Set<String>> terms = new HashMap<>();
        Instant[] bounds = new Instant[2];
        for (String text : queryStrings(body, new ArrayList<>())) {
            readTerms(text, terms, bounds);
        }
        HistoryQuery query = new HistoryQuery(request.account().accountId(), terms.get("definitionid"),
                terms.get("contactkey"), terms.get("activityid"), terms.get("activitytype"), terms.get("status"),
                terms.get("eventid"), bounds[0], bounds[1], descending(request));
        return page(request, query);
    }

    /** Every text value of a field named "query", at any depth. */
    private static List<String> queryStrings(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("query") && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else {
                    queryStrings(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> queryStrings(element, found));
        }
        return found;
    }

    private static void readTerms(String text, Map<String, Set<String>> terms, Instant[] bounds) {
        Matcher matcher = TERM.matcher(text);
        while (matcher.find()) {
            String field = matcher.group(1).toLowerCase(Locale.ROOT);
            String value = matcher.group(2);
            if (field.equals("transactiontime") && value.startsWith("[")) {
                String[] range = value.substring(1, value.length() - 1).split("\\s+TO\\s+");
                if (range.length == 2) {
                    bounds[0] = "*".equals(range[0].trim()) ? null : time(range[0].trim(), "transactionTime");
                    bounds[1] = "*".equals(range[1].trim()) ? null : time(range[1].trim(), "transactionTime");
                }
            } else {
                String unquoted = value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
                terms.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(unquoted);
            }
        }
    }

    private ApiResponse page(ApiRequest request, HistoryQuery query) {
        PageRequest page = context.page(request);
        context.entries().outcomes().flushDue();
        HistoryStore.Page result = context.history().search(query, page.offset(), page.pageSize());
        ArrayNode items = Json.array();
        result.items().forEach(items::add);
        return context.pageResponse(page, result.count(), items);
    }

    private static boolean descending(ApiRequest request) {
        String orderBy = request.nonBlankParam("$orderBy");
        if (orderBy == null) {
            return false;
        }
        String[] parts = orderBy.trim().split("\\s+");
        if (!parts[0].equalsIgnoreCase("TransactionTime") || parts.length > 2
                || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
            throw ApiException.invalid("Invalid value for $orderBy: " + orderBy + ".");
        }
        return parts.length == 2 && parts[1].equalsIgnoreCase("desc");
    }

    private static Set<String> params(ApiRequest request, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> entry : request.query().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                for (String value : entry.getValue()) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            values.add(part.trim());
                        }
                    }
                }
            }
        }
        return values;
    }

    static Set<String> strings(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        Set<String> values = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw ApiException.wrongType(field);
        }
        node.forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    static Instant time(String text, String parameter) {
        return Json.isBlank(text) ? null : Timestamps.parse(text, parameter);
    }
}
