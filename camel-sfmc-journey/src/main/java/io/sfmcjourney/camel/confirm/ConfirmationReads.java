package io.sfmcjourney.camel.confirm;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.api.QueryParam;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.camel.model.Page;
import io.sfmcjourney.camel.model.SfmcJson;

/**
 * The two reads confirmations are made of, each paged to the end: the journey history of many contacts at once
 * ({@code searchJourneyHistory} with a {@code contactKeys} filter and a start time) and the status of the members of
 * one {@code /async/events} request ({@code getAsyncEventsStatus} by {@code requestId}). Every call is counted.
 */
final class ConfirmationReads {

    /** Records asked for per history page. */
    static final int HISTORY_PAGE_SIZE = 500;
    /** Items asked for per status page (a request has at most 100 members). */
    static final int STATUS_PAGE_SIZE = 100;
    /** Pages read at most per search (a safety bound; a search covers one chunk of contacts). */
    static final int MAX_PAGES = 50;

    private static final JavaType HISTORY_PAGE = SfmcJson.pageOf(HistoryRecord.class);

    private final SfmcRestClient client;
    private final CallCounter calls;

    ConfirmationReads(SfmcRestClient client, CallCounter calls) {
        this.client = client;
        this.calls = calls;
    }

    /** Every history record of the contacts at or after {@code start}, oldest first. */
    List<HistoryRecord> history(Collection<String> contactKeys, Instant start) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactKeys", contactKeys);
        body.put("start", DateTimeFormatter.ISO_INSTANT.format(start));
        byte[] json = SfmcJson.mapper().writeValueAsBytes(body);
        List<HistoryRecord> records = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            SfmcJourneyMethod method = SfmcJourneyMethod.searchJourneyHistory;
            SfmcRequest request = new SfmcRequest(method.name(), method.verb().name(), method.path().render(v -> null),
                    paging(page, HISTORY_PAGE_SIZE, "TransactionTime asc"), json, method.replay());
            calls.history();
            Page<HistoryRecord> answer = SfmcJson.mapper().readValue(client.execute(request).body(), HISTORY_PAGE);
            List<HistoryRecord> items = answer.getItems() == null ? List.of() : answer.getItems();
            records.addAll(items);
            if (items.isEmpty() || answer.getCount() == null || (long) page * HISTORY_PAGE_SIZE >= answer.getCount()) {
                break;
            }
        }
        return records;
    }

    /** Every status item of the request's members. */
    List<JsonNode> status(String requestId) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            SfmcJourneyMethod method = SfmcJourneyMethod.getAsyncEventsStatus;
            List<Map.Entry<String, String>> query = paging(page, STATUS_PAGE_SIZE, null);
            query.add(new SimpleImmutableEntry<>(QueryParam.requestId.wireName(), requestId));
            SfmcRequest request = new SfmcRequest(method.name(), method.verb().name(), method.path().render(v -> null),
                    query, null, method.replay());
            calls.status();
            JsonNode answer = SfmcJson.mapper().readTree(client.execute(request).body());
            JsonNode list = answer.path("items");
            list.forEach(items::add);
            long count = answer.path("count").asLong(0);
            if (list.isEmpty() || (long) page * STATUS_PAGE_SIZE >= count) {
                break;
            }
        }
        return items;
    }

    private static List<Map.Entry<String, String>> paging(int page, int pageSize, String orderBy) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        query.add(new SimpleImmutableEntry<>(QueryParam.page.wireName(), String.valueOf(page)));
        query.add(new SimpleImmutableEntry<>(QueryParam.pageSize.wireName(), String.valueOf(pageSize)));
        if (orderBy != null) {
            query.add(new SimpleImmutableEntry<>(QueryParam.orderBy.wireName(), orderBy));
        }
        return query;
    }
}
