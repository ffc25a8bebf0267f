package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.auth.TokenService;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.PageRequest;
import io.sfmcjourney.simulator.state.EntryService;
import io.sfmcjourney.simulator.state.HistoryStore;
import io.sfmcjourney.simulator.state.SimulatorSettings;

/**
 * What endpoints share: options, the token service, entry handling and the history store.
 *
 * @param settings simulator options
 * @param tokens   OAuth clients and tokens
 * @param entries  entry event handling
 * @param history  journey history
 */
public record ApiContext(SimulatorSettings settings, TokenService tokens, EntryService entries, HistoryStore history) {

    public Quirks quirks() {
        return settings.quirks();
    }

    /** The page window of a journey/history style collection ({@code $pageSize} up to the configured maximum). */
    public PageRequest page(ApiRequest request) {
        return PageRequest.from(request, settings.maxPageSize(), false);
    }

    /** A 200 paging envelope honouring the paging quirks. */
    public ApiResponse pageResponse(PageRequest page, long count, ArrayNode items) {
        Quirks quirks = quirks();
        return ApiResponse.json(200, page.envelope(count, items,
                quirks.pageSizeEcho() == Quirks.PageSizeEcho.ITEMS_ON_PAGE, quirks.omitEmptyItems()));
    }
}
