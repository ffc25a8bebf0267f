package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.time.Instant;

import io.sfmcjourney.camel.SfmcJourneyApiException;

/**
 * The failure handed to callers while the token endpoint is backed off: a fresh exception of the same type as the
 * last request's failure (so callers classify it alike), saying when the next request will be made.
 */
final class BackedOffFailure {

    private BackedOffFailure() {
    }

    static Exception copyOf(Exception last, Instant nextRequestAt) {
        String suffix = " (last token request failed; no new request before " + nextRequestAt + ")";
        if (last instanceof SfmcJourneyApiException api) {
            SfmcJourneyApiException copy = new SfmcJourneyApiException(api.getMessage() + suffix, api.getMethod(),
                    api.getVerb(), api.getUri(), api.getStatusCode(), api.getStatusText(), api.getResponseHeaders(),
                    api.getResponseBody(), api.getErrorCode(), api.getSfmcMessage());
            copy.initCause(api);
            return copy;
        }
        if (last instanceof IOException io) {
            IOException copy = new IOException(io.getMessage() + suffix, io.getCause());
            copy.addSuppressed(io);
            return copy;
        }
        return new IllegalStateException(String.valueOf(last == null ? null : last.getMessage()) + suffix, last);
    }

    /** Throws the copy. */
    static RuntimeException copy(Exception last, Instant nextRequestAt) throws IOException, SfmcJourneyApiException {
        Exception copy = copyOf(last, nextRequestAt);
        if (copy instanceof SfmcJourneyApiException api) {
            throw api;
        }
        if (copy instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) copy;
    }
}
