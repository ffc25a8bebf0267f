package io.sfmcjourney.examples.journeys;

import java.util.Map;

import org.apache.camel.Exchange;

/**
 * Decides whether to ask publishStatus again: while the answer has no status yet or says {@code PublishInProcess},
 * until a timeout counted from the first call for the exchange. Bound as bean {@code publishPolling}.
 */
public class PublishPolling {

    private static final String DEADLINE = "publishDeadline";

    private long timeoutMillis = 600_000;

    /** Whether the publication is still in process; false (with status {@code Timeout}) once the timeout passed. */
    public boolean inProcess(Map<String, Object> status, Exchange exchange) {
        Long deadline = exchange.getProperty(DEADLINE, Long.class);
        if (deadline == null) {
            deadline = System.currentTimeMillis() + timeoutMillis;
            exchange.setProperty(DEADLINE, deadline);
        }
        Object current = status.get("status");
        if (current != null && !"PublishInProcess".equals(current)) {
            return false;
        }
        if (System.currentTimeMillis() > deadline) {
            status.put("status", "Timeout");
            return false;
        }
        return true;
    }

    public long getTimeoutMillis() {
        return timeoutMillis;
    }

    /** How long a publication may stay in process. */
    public void setTimeoutMillis(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }
}
