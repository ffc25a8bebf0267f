package io.sfmcjourney.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as the simulator saw it. Secrets are redacted: the {@code authorization} header reads
 * {@code Bearer [redacted]} and a token request's {@code client_secret} reads {@code [redacted]}.
 *
 * @param method   discovery method name (e.g. {@code postInteractionsEvents}), {@code token}, or {@code unknown}
 * @param verb     HTTP verb
 * @param rawPath  path exactly as sent (still percent-encoded)
 * @param rawQuery query exactly as sent, or {@code null}
 * @param query    decoded query parameters
 * @param headers  request headers, lower-case names, repeated values joined with ", "
 * @param body     request body text (UTF-8), empty when none
 * @param status   response status; {@code 0} when the connection was dropped or stalled without a response
 * @param time     when the request arrived
 */
public record RecordedRequest(String method, String verb, String rawPath, String rawQuery,
        Map<String, List<String>> query, Map<String, String> headers, String body, int status, Instant time) {
}
