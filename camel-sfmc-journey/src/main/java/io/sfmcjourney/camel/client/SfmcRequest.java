package io.sfmcjourney.camel.client;

import java.util.List;
import java.util.Map;

/**
 * One fully resolved REST call: the path is already encoded, the body already serialised.
 *
 * @param operation  the API method name (e.g. {@code postInteractionsEvents}), used in errors and logs
 * @param verb       the HTTP verb in upper case
 * @param path       the encoded path, starting with {@code /interaction/v1/}
 * @param query      query parameters as unencoded name/value pairs, in order (names may repeat)
 * @param body       the JSON body, or {@code null} for none
 * @param idempotent whether replaying the call after an ambiguous failure (reset after sending, read timeout) is safe
 */
public record SfmcRequest(String operation, String verb, String path, List<Map.Entry<String, String>> query, byte[] body,
        boolean idempotent) {

    public SfmcRequest {
        query = query == null ? List.of() : List.copyOf(query);
    }
}
