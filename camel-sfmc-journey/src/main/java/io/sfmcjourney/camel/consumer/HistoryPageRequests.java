package io.sfmcjourney.camel.consumer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.QueryParam;
import org.apache.camel.Message;

/**
 * How a history method asks for one page of records from a start time on, oldest first: the message a request is
 * then built from (with the producer's request factory), per method.
 */
enum HistoryPageRequests {

    /** {@code GET /history}: everything in the query; a filter with several values repeats its parameter. */
    QUERY_PARAMETERS {
        @Override
        void describe(Message message, String start, int page, int pageSize, HistoryFilters filters) {
            Map<String, Object> query = paging(page, pageSize);
            query.put(QueryParam.start.wireName(), start);
            putIfAny(query, QueryParam.definitionId.wireName(), filters.definitionIds());
            putIfAny(query, QueryParam.contactKey.wireName(), filters.contactKeys());
            putIfAny(query, QueryParam.status.wireName(), filters.statuses());
            putIfAny(query, QueryParam.activityType.wireName(), filters.activityTypes());
            message.setHeader(SfmcJourneyConstants.QUERY_PARAMETERS, query);
        }
    },

    /** {@code POST /interactions/journeyhistory/search}: paging in the query, start and filters in the body. */
    SEARCH_BODY {
        @Override
        void describe(Message message, String start, int page, int pageSize, HistoryFilters filters) {
            message.setHeader(SfmcJourneyConstants.QUERY_PARAMETERS, paging(page, pageSize));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("definitionIds", filters.definitionIds());
            body.put("contactKeys", filters.contactKeys());
            body.put("statuses", filters.statuses());
            body.put("activityTypes", filters.activityTypes());
            body.put("start", start);
            message.setBody(body);
        }
    };

    /** The order that lets the watermark advance page by page. */
    static final String OLDEST_FIRST = "TransactionTime asc";

    /** Puts the request for page {@code page} (1-based) of records at or after {@code start} into the message. */
    abstract void describe(Message message, String start, int page, int pageSize, HistoryFilters filters);

    private static Map<String, Object> paging(int page, int pageSize) {
        Map<String, Object> query = new HashMap<>();
        query.put(QueryParam.page.wireName(), page);
        query.put(QueryParam.pageSize.wireName(), pageSize);
        query.put(QueryParam.orderBy.wireName(), OLDEST_FIRST);
        return query;
    }

    private static void putIfAny(Map<String, Object> query, String name, List<String> values) {
        if (!values.isEmpty()) {
            query.put(name, values);
        }
    }
}
