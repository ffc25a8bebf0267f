package io.sfmcjourney.camel.consumer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.api.QueryParam;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;

/**
 * How a history method asks for one page of the records of a closed time range: the query values and body handed to
 * the method's request factory, per method. The bounds are ISO-8601 instants with an explicit offset
 * ({@code ...Z}), as in the only known real request body.
 */
public enum HistoryPageRequests {

    /**
     * {@code GET /history}: everything in the query; a filter with several values repeats its parameter. These query
     * parameters are invented (no documentation or real usage of this endpoint is known).
     */
    QUERY_PARAMETERS {
        @Override
        SfmcRequest request(SfmcRequestFactory requests, TimeRange range, int page, int pageSize,
                            HistoryFilters filters) {
            Map<String, Object> query = paging(page, pageSize);
            query.put(QueryParam.start.wireName(), range.fromText());
            query.put(QueryParam.end.wireName(), range.toText());
            putIfAny(query, QueryParam.definitionId.wireName(), filters.definitionIds());
            putIfAny(query, QueryParam.contactKey.wireName(), filters.contactKeys());
            putIfAny(query, QueryParam.status.wireName(), filters.statuses());
            putIfAny(query, QueryParam.activityType.wireName(), filters.activityTypes());
            return requests.create(Map.of(), query, null);
        }
    },

    /** {@code POST /interactions/journeyhistory/search}: paging in the query, range and filters in the body. */
    SEARCH_BODY {
        @Override
        SfmcRequest request(SfmcRequestFactory requests, TimeRange range, int page, int pageSize,
                            HistoryFilters filters) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("definitionIds", filters.definitionIds());
            body.put("contactKeys", filters.contactKeys());
            body.put("statuses", filters.statuses());
            body.put("activityTypes", filters.activityTypes());
            body.put("start", range.fromText());
            body.put("end", range.toText());
            return requests.create(Map.of(), paging(page, pageSize), body);
        }
    };

    /**
     * The order asked for: the only one seen in real use. Nothing depends on SFMC honouring it: every page of a range
     * is read and the records are recognised by their ids.
     */
    static final String ORDER = "TransactionTime desc";

    /** The request for page {@code page} (1-based) of the records of {@code range}, built by the method's factory. */
    abstract SfmcRequest request(SfmcRequestFactory requests, TimeRange range, int page, int pageSize,
                                 HistoryFilters filters);

    private static Map<String, Object> paging(int page, int pageSize) {
        Map<String, Object> query = new HashMap<>();
        query.put(QueryParam.page.wireName(), page);
        query.put(QueryParam.pageSize.wireName(), pageSize);
        query.put(QueryParam.orderBy.wireName(), ORDER);
        return query;
    }

    private static void putIfAny(Map<String, Object> query, String name, List<String> values) {
        if (!values.isEmpty()) {
            query.put(name, values);
        }
    }
}
