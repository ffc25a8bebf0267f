package io.sfmcjourney.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * An entry event the simulator accepted through {@code /events} or {@code /async/events}.
 *
 * @param eventInstanceId    GUID returned to the caller
 * @param contactKey         contact key
 * @param eventDefinitionKey key of the event definition, as stored
 * @param data               event data (empty map when none was sent)
 * @param batch              {@code true} when it came through {@code /async/events}
 * @param requestId          the batch request id, {@code null} for {@code /events}
 * @param time               acceptance time
 */
public record AcceptedEvent(String eventInstanceId, String contactKey, String eventDefinitionKey,
        Map<String, Object> data, boolean batch, String requestId, Instant time) {
}
