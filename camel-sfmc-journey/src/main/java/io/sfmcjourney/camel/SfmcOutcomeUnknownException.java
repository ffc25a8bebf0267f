package io.sfmcjourney.camel;

import org.apache.camel.CamelException;

/**
 * The request was (or may have been) written, and SFMC may have acted on it, but the component cannot tell whether
 * it did: the connection was lost or timed out after sending (including {@code callTimeout}), the answer was too
 * large, a 2xx answer was not the JSON expected (e.g. a proxy's HTML login page), a 5xx answered a write, or a write
 * replayed after such a failure was refused. Resending may duplicate the change (a second entry, a second version):
 * reconcile first. Resending is safe only when the exception is <em>not</em> this one.
 * <p>
 * Why {@link CamelException} and neither {@code IOException} nor {@code HttpOperationFailedException}: the common
 * {@code onException(IOException.class).maximumRedeliveries(n)} and
 * {@code onException(HttpOperationFailedException.class)} retry idioms must not replay a write whose outcome is
 * unknown, and there may be no HTTP answer at all. For the same reason the original failure is not the
 * {@linkplain #getCause() cause} (Camel's {@code onException} also matches causes) but {@link #getFailure()} (and a
 * suppressed exception), so {@code onException(SfmcOutcomeUnknownException.class)} is the clause that applies. Never
 * carries a token or secret; the message names method, verb and path only. No contract depends on the message text.
 */
public class SfmcOutcomeUnknownException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String verb;
    private final String path;
    private final Integer statusCode;
    private final String contentType;
    private final Exception failure;

    /**
     * @param method      the API method name, e.g. {@code postInteractionsEvents}
     * @param verb        the HTTP verb
     * @param path        the called path (without query, host or credentials)
     * @param statusCode  the HTTP status of the last answer, or null when there was none
     * @param contentType the Content-Type of the last answer, or null when there was none (or it named none)
     * @param reason      why the outcome is unknown, one short clause
     * @param failure     the failure observed (transport error, unusable answer, API error of a replay), or null
     */
    public SfmcOutcomeUnknownException(String method, String verb, String path, Integer statusCode, String contentType,
                                       String reason, Exception failure) {
        super(method + " " + verb + " " + path + ": outcome unknown, SFMC may have processed the request ("
              + reason + (statusCode == null ? "" : "; HTTP " + statusCode)
              + (contentType == null ? "" : ", Content-Type " + contentType) + ")"
              + (failure == null ? "" : ": " + failure));
        this.method = method;
        this.verb = verb;
        this.path = path;
        this.statusCode = statusCode;
        this.contentType = contentType;
        this.failure = failure;
        if (failure != null) {
            addSuppressed(failure);
        }
    }

    /** The API method name, e.g. {@code postInteractionsEvents}. */
    public String getMethod() {
        return method;
    }

    /** The HTTP verb. */
    public String getVerb() {
        return verb;
    }

    /** The called path, e.g. {@code /interaction/v1/events}; never a query, host or credential. */
    public String getPath() {
        return path;
    }

    /** The HTTP status of the last answer, or null when none arrived. */
    public Integer getStatusCode() {
        return statusCode;
    }

    /** The Content-Type of the last answer, or null. */
    public String getContentType() {
        return contentType;
    }

    /**
     * What was observed: e.g. a {@code SocketTimeoutException}, an {@code SfmcResponseTooLargeException}, the JSON
     * parse error, or the {@link SfmcJourneyApiException} a 5xx or a replay answered. Null when nothing more is known.
     */
    public Exception getFailure() {
        return failure;
    }
}
