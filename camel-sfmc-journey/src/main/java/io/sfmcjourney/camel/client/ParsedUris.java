package io.sfmcjourney.camel.client;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The URLs a client calls and their parsed form, kept so that a URL called again (e.g.
 * {@code POST /interaction/v1/events} on every entry event) is neither built nor parsed again: the last call without
 * query parameters is remembered as a whole, other URLs parsed once. Bounded: when {@value #MAX_ENTRIES} URLs are
 * kept it starts over, so URLs that differ on every call (ids, paging) cost one parse each, as without it.
 * Thread-safe.
 */
final class ParsedUris {

    static final int MAX_ENTRIES = 256;

    private final ConcurrentMap<String, URI> uris = new ConcurrentHashMap<>();
    /** The target of the last call without query parameters: an endpoint calls the same URL again and again. */
    private volatile Target last;

    /** The URL of {@code request} under {@code base} (see {@link RestTarget#url}) and its parsed form. */
    Target target(String base, SfmcRequest request) {
        boolean plain = request.query().isEmpty();
        if (plain) {
            Target known = last;
            if (known != null && known.path().equals(request.path()) && known.base().equals(base)) {
                return known;
            }
        }
        String url = RestTarget.url(base, request);
        Target target = new Target(base, request.path(), url, of(url));
        if (plain) {
            last = target;
        }
        return target;
    }

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

    /**
     * Where one call goes.
     *
     * @param base the REST base URL
     * @param path the request's path
     * @param url  the full URL, query included
     * @param uri  {@code url} parsed
     */
    record Target(String base, String path, String url, URI uri) {
    }
}
