package io.sfmcjourney.camel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * SFMC's collection envelope {@code {count, page, pageSize, links, items}}. {@code count} is the total number of
 * matches, {@code page} is 1-based. SFMC leaves {@code items} out of empty results; here it is then an empty list,
 * never null. The PascalCase spelling of some documentation examples ({@code Count, Page, PageSize, Items}) is
 * read too. {@code pageSize} echoes either the requested size or the items on the page: do not rely on it.
 * Read one with {@code SfmcJson.mapper().readValue(json, SfmcJson.pageOf(Journey.class))}.
 *
 * @param <T> the item type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Page<T> {

    @JsonAlias("Count")
    private Integer count;
    @JsonAlias("Page")
    private Integer page;
    @JsonAlias("PageSize")
    private Integer pageSize;
    @JsonAlias("Links")
    private Map<String, Object> links;
    @JsonAlias("Items")
    private List<T> items = new ArrayList<>();

    /** The total number of matches over all pages. */
    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /** The 1-based page number. */
    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Map<String, Object> getLinks() {
        return links;
    }

    public void setLinks(Map<String, Object> links) {
        this.links = links;
    }

    /** The items of this page, never null. */
    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }
}
