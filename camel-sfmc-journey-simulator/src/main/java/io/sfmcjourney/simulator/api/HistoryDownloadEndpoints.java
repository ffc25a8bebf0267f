package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.state.HistoryQuery;

/**
 * Journey history as a file: {@code POST interactions/journeyhistory/download} streams CSV/TSV as it reads the
 * history store (never building the file in memory), {@code POST interactions/journeyhistory/estimate} counts the
 * rows and bytes the same request would download, {@code GET interactions/journeyhistory/freshness} reports how far
 * history trails events.
 */
final class HistoryDownloadEndpoints {

    private static final String V1 = ApiRoutes.V1;
    /** Compressed size estimate: CSV of GUIDs and timestamps compresses about eight to one (invented ratio). */
    private static final int COMPRESSION_RATIO = 8;

    private final ApiContext context;

    HistoryDownloadEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("downloadJourneyHistory", "POST", V1 + "interactions/journeyhistory/download", this::download);
        routes.add("estimateJourneyHistoryDownload", "POST", V1 + "interactions/journeyhistory/estimate",
                this::estimate);
        routes.add("getJourneyHistoryFreshness", "GET", V1 + "interactions/journeyhistory/freshness",
                request -> ApiResponse.json(200, Json.object()
                        .put("freshnessInSeconds", context.quirks().historyFreshnessSeconds())));
    }

    private ApiResponse download(ApiRequest request) {
        if (!"true".equalsIgnoreCase(request.header("x-direct-pipe"))) {
            throw ApiException.of(400, 10002, "The x-direct-pipe header is required with the value true.");
        }
        HistoryExport export = new HistoryExport(request.param("format"), request.param("columns"));
        HistoryQuery query = query(request);
        return ApiResponse.streamed(200, export.contentType(), out -> export.write(context.history(), query, out));
    }

    private ApiResponse estimate(ApiRequest request) {
        HistoryExport export = new HistoryExport(request.param("format"), request.param("columns"));
        long[] totals = export.measure(context.history(), query(request));
        ObjectNode answer = Json.object();
        answer.put("estimatedRowCount", totals[0]);
        answer.put("estimatedSizeInBytes", totals[1]);
        answer.put("estimatedCompressedSizeInBytes", totals[1] / COMPRESSION_RATIO);
        return ApiResponse.json(200, answer);
    }

    private static HistoryQuery query(ApiRequest request) {
        ObjectNode body = request.jsonObjectOrEmpty();
        return new HistoryQuery(request.account().accountId(),
                HistoryEndpoints.strings(body, "definitionIds"), HistoryEndpoints.strings(body, "contactKeys"),
                HistoryEndpoints.strings(body, "activityIds"), HistoryEndpoints.strings(body, "activityTypes"),
                HistoryEndpoints.strings(body, "statuses"), null,
                HistoryEndpoints.time(Json.text(body, "start"), "start"),
                HistoryEndpoints.time(Json.text(body, "end"), "end"), false);
    }
}
