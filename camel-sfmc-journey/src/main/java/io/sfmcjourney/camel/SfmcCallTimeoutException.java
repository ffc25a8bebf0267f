package io.sfmcjourney.camel;

import java.net.SocketTimeoutException;

/**
 * An answer did not arrive completely within {@code callTimeout} (e.g. a server trickling its body). The connection is
 * dropped; like a read timeout, the request may have been processed, so only idempotent calls are retried.
 */
public class SfmcCallTimeoutException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    private final long callTimeoutMillis;

    public SfmcCallTimeoutException(String method, long callTimeoutMillis) {
        super("answer of " + method + " did not arrive completely within callTimeout=" + callTimeoutMillis + " ms");
        this.callTimeoutMillis = callTimeoutMillis;
    }

    public long getCallTimeoutMillis() {
        return callTimeoutMillis;
    }
}
