package io.sfmcjourney.camel;

import java.io.IOException;

/** A response body was larger than {@link SfmcHttpSettings#maxResponseSize()}; such a call is never retried. */
public class SfmcResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxResponseSize;

    public SfmcResponseTooLargeException(String method, long maxResponseSize) {
        super("response of " + method + " exceeds maxResponseSize=" + maxResponseSize + " bytes");
        this.maxResponseSize = maxResponseSize;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }
}
