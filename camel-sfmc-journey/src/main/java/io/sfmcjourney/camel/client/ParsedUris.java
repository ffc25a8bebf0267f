package io.sfmcjourney.camel.client;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The parsed form of the URLs a client calls, kept so that a URL called again (e.g. {@code POST /interaction/v1/events}
 * on every entry event) is not parsed again. Bounded: when {@value #MAX_ENTRIES} URLs are kept it starts over, so URLs
 * that differ on every call (ids, paging) cost one parse each, as without it. Thread-safe.
 */
final class ParsedUris {

    static final int MAX_ENTRIES = 256;

    private final ConcurrentMap<String, URI> uris = new ConcurrentHashMap<>();

    /** {@code url} parsed. */
    URI of(String url) {
        URI uri = uris.get(url);
        if (uri == null) {
            uri = URI.create(url);
            if (uris.size() >= MAX_ENTRIES) {
                uris.clear();
            }
            uris.put(url, uri);
        }
        return uri;
    }

    /** How many parsed URLs are kept. */
    int size() {
        return uris.size();
    }
}
