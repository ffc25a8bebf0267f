package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.api.Replay;

/**
 * What the attempts of one call so far say about its outcome: classifies each answer and failure as definite or
 * "SFMC may have acted" ({@link SfmcOutcomeUnknownException}). Once an attempt may have been processed, a later
 * refusal of a write (409, 404, 400, a stale {@code modifiedDate}) may be caused by that attempt and no longer proves
 * the change failed; only a 404 answering a replayed DELETE is read as success. Not thread-safe; one per call.
 */
final class CallOutcome {

    /** Largest 2xx body inspected for SFMC's error envelope; envelopes are a few hundred bytes. */
    private static final int MAX_ENVELOPE_BYTES = 16 * 1024;
    private static final byte[] ERRORCODE = "errorcode".getBytes(StandardCharsets.US_ASCII);

    private final SfmcRequest request;
    private boolean mayHaveActed;

    CallOutcome(SfmcRequest request) {
        this.request = request;
    }

    /**
     * A 2xx or 304 answer: returned when usable.
     *
     * @throws SfmcJourneyApiException      for a 2xx carrying SFMC's error envelope ({@code errorcode} + {@code message})
     * @throws SfmcOutcomeUnknownException  for a 2xx HTML page (a proxy's login or error page is not a success), or an
     *                                      envelope answering a write replayed after an ambiguous attempt
     */
    SfmcResponse success(SfmcResponse response, String url) throws SfmcJourneyApiException, SfmcOutcomeUnknownException {
        if (response.statusCode() / 100 != 2 || !response.hasBody()) {
            return response;
        }
        String contentType = response.contentType();
        if (SfmcResponse.contentTypeMentions(contentType, "html")) {
            throw unknown(response.statusCode(), contentType, "a 2xx answer is an HTML page, not SFMC's JSON", null);
        }
        SfmcErrorBody error = envelope(response.body());
        if (error != null) {
            SfmcJourneyApiException refused = new SfmcJourneyApiException(request.method(), request.verb(), url,
                    response.statusCode(), response.reasonPhrase(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8), error.errorCode(), error.message());
            if (refusedOr(refused) instanceof SfmcOutcomeUnknownException unknown) {
                throw unknown;
            }
            throw refused;
        }
        return response;
    }

    /**
     * A non-2xx answer: the exception to report if it is not retried. A 5xx answering a write means SFMC may have
     * acted (e.g. it processed the request and a gateway answered 503).
     */
    Exception answered(SfmcJourneyApiException e) {
        boolean ambiguousNow = e.getStatusCode() >= 500 && request.replay() != Replay.SAFE;
        if (ambiguousNow) {
            mayHaveActed = true;
            return unknown(e.getStatusCode(), contentType(e), "HTTP " + e.getStatusCode() + " answered a write", e);
        }
        return refusedOr(e);
    }

    /** Whether {@code e} answers a DELETE replayed after an ambiguous attempt with 404: that attempt deleted it. */
    boolean deletedByEarlierAttempt(SfmcJourneyApiException e) {
        return mayHaveActed && request.replay() == Replay.DELETE_VERIFIED_BY_404 && e.getStatusCode() == 404;
    }

    /** A transport failure: the exception to report if it is not retried. */
    Exception failed(IOException e, TransportFailure kind) {
        return switch (kind) {
            case NOT_SENT -> mayHaveActed ? unknown(null, null, "an earlier attempt may have been processed", e)
                    : new IOException(call() + " failed: " + e, e);
            case AMBIGUOUS -> {
                mayHaveActed |= request.replay() != Replay.SAFE;
                yield unknown(null, null, "the connection failed after the request was sent", e);
            }
            case ANSWER_UNUSABLE -> unknown(null, null, "the answer could not be read", e);
            case FATAL -> mayHaveActed ? unknown(null, null, "an earlier attempt may have been processed", e) : e;
        };
    }

    /** A failure before sending (e.g. of the token request): unknown only when an earlier attempt may have acted. */
    Exception beforeSending(Exception e) {
        return mayHaveActed ? unknown(null, null, "an earlier attempt may have been processed", e) : e;
    }

    /** A JSON answer that does not parse into what the method answers. */
    SfmcOutcomeUnknownException unreadable(SfmcResponse response, Exception e) {
        return unknown(response.statusCode(), response.contentType(), "the answer is not the JSON expected", e);
    }

    private Exception refusedOr(SfmcJourneyApiException e) {
        return mayHaveActed && request.replay() != Replay.SAFE
                ? unknown(e.getStatusCode(), contentType(e), "a replay after an ambiguous attempt was refused", e)
                : e;
    }

    private SfmcOutcomeUnknownException unknown(Integer status, String contentType, String reason, Exception failure) {
        return new SfmcOutcomeUnknownException(request.method(), request.verb(), request.path(), status,
                contentType, reason, failure);
    }

    private String call() {
        return request.method() + " " + request.verb() + " " + request.path();
    }

    private static String contentType(SfmcJourneyApiException e) {
        return e.getResponseHeaders() == null ? null : SfmcResponse.contentType(e.getResponseHeaders());
    }

    /** SFMC's error envelope in a body, or null when the body is something else. */
    private static SfmcErrorBody envelope(byte[] body) {
        if (body.length > MAX_ENVELOPE_BYTES || !startsWithBrace(body) || !mayNameErrorCode(body)) {
            return null;
        }
        SfmcErrorBody error = SfmcErrorBody.parse(body);
        return error.errorCode() != null && error.message() != null && error.oauthError() == null ? error : null;
    }

    /**
     * Whether the body can hold an {@code errorcode} field: it contains those bytes, or a JSON escape ({@code \\u})
     * that could spell them. Saves parsing every successful answer (a profile showed it in the P1 benchmark).
     */
    private static boolean mayNameErrorCode(byte[] body) {
        for (int i = 0; i + 1 < body.length; i++) {
            byte b = body[i];
            if (b == '\\' && body[i + 1] == 'u') {
                return true;
            }
            if (b == 'e' && matches(body, i, ERRORCODE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] body, int from, byte[] word) {
        if (from + word.length > body.length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (body[from + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBrace(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }
}
