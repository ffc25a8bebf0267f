package io.sfmcjourney.simulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A 1-based page window read from {@code $page}/{@code $pageSize}; a larger size is clamped to the maximum.
 *
 * @param page     1-based page number
 * @param pageSize effective page size
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;

    /** Reads {@code $page} and {@code $pageSize}; a missing or non-positive page is 1. */
    public static PageRequest from(ApiRequest request, int maxPageSize, boolean pageSizeNeedsPage) {
        Integer page = request.intParam("$page");
        Integer size = request.intParam("$pageSize");
        if (pageSizeNeedsPage && page == null) {
            size = null;
        }
        int effectiveSize = size == null || size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, maxPageSize);
        return new PageRequest(page == null || page < 1 ? 1 : page, Math.min(effectiveSize, maxPageSize));
    }

    public int offset() {
        long offset = (long) (page - 1) * pageSize;
        return offset > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) offset;
    }

    /**
     * The SFMC paging envelope {@code {count,page,pageSize,links:{},items}}.
     *
     * @param echoItemsOnPage {@code pageSize} reports the number of items on this page instead of the requested size
     * @param omitEmptyItems  leave {@code items} out when there are none
     */
    public ObjectNode envelope(long count, ArrayNode items, boolean echoItemsOnPage, boolean omitEmptyItems) {
        ObjectNode body = Json.object();
        body.put("count", count);
        body.put("page", page);
        body.put("pageSize", echoItemsOnPage ? items.size() : pageSize);
        body.putObject("links");
        if (!(omitEmptyItems && items.isEmpty())) {
            body.set("items", items);
        }
        return body;
    }
}
