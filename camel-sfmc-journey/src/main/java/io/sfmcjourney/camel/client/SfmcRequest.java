package io.sfmcjourney.camel.client;

import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.api.Replay;

/**
 * One fully resolved REST call: the path is already encoded, the body already serialised.
 *
 * @param method  the API method name (e.g. {@code postInteractionsEvents}), used in errors and logs
 * @param verb       the HTTP verb in upper case
 * @param path       the encoded path, starting with {@code /interaction/v1/}
 * @param query      query parameters as unencoded name/value pairs, in order (names may repeat)
 * @param body       the JSON body, or {@code null} for none
 * @param replay     whether the call is replayed after an ambiguous failure (reset after sending, read timeout, 5xx)
 */
public record SfmcRequest(String method, String verb, String path, List<Map.Entry<String, String>> query, byte[] body,
        Replay replay) {

    public SfmcRequest {
        query = query == null ? List.of() : List.copyOf(query);
        replay = replay == null ? Replay.NEVER : replay;
    }

    /** A request that is replayed freely ({@code idempotent}) or never ({@code !idempotent}). */
    public SfmcRequest(String method, String verb, String path, List<Map.Entry<String, String>> query, byte[] body,
                       boolean idempotent) {
        this(method, verb, path, query, body, idempotent ? Replay.SAFE : Replay.NEVER);
    }

    /** Whether the call is replayed after an ambiguous failure without opting in. */
    public boolean idempotent() {
        return replay.replayable();
    }
}
