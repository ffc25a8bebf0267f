package io.sfmcjourney.camel;

import java.util.Map;

import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * A non-2xx answer of the SFMC API. Being an {@link HttpOperationFailedException}, existing
 * {@code onException(HttpOperationFailedException.class)} handlers catch it; it adds SFMC's {@code errorcode} and
 * {@code message} and the API method that failed. Never carries a token or secret.
 */
public class SfmcJourneyApiException extends HttpOperationFailedException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String verb;
    private final Integer errorCode;
    private final String sfmcMessage;

    /**
     * @param operation   the API method name, e.g. {@code getInteraction}
     * @param verb        the HTTP verb
     * @param uri         the called URI (no credentials ever appear in it)
     * @param statusCode  the HTTP status
     * @param statusText  the reason phrase
     * @param headers     the response headers
     * @param body        the response body as text
     * @param errorCode   SFMC's {@code errorcode}, or null when the body had none
     * @param sfmcMessage SFMC's {@code message} (or OAuth {@code error_description}), or null
     */
    public SfmcJourneyApiException(String operation, String verb, String uri, int statusCode, String statusText,
                                   Map<String, String> headers, String body, Integer errorCode, String sfmcMessage) {
        super(uri, statusCode, statusText, null, headers, body);
        this.operation = operation;
        this.verb = verb;
        this.errorCode = errorCode;
        this.sfmcMessage = sfmcMessage;
    }

    public String getOperation() {
        return operation;
    }

    public String getVerb() {
        return verb;
    }

    /** SFMC's numeric {@code errorcode}, e.g. 30003 for "not found", or null. */
    public Integer getErrorCode() {
        return errorCode;
    }

    /** SFMC's {@code message}, or null. */
    public String getSfmcMessage() {
        return sfmcMessage;
    }
}
