package io.sfmcjourney.camel.api;

/** How a method pages its results. */
public enum Paging {
    /** A single answer. */
    NONE,
    /**
     * SFMC's envelope {@code {count, page, pageSize, items}} selected with {@code $page} (1-based) and
     * {@code $pageSize}; such methods accept the options {@code page} and {@code pageSize}.
     */
    PAGED
}
