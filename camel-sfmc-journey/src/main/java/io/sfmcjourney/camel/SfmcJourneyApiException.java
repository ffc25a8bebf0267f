package io.sfmcjourney.camel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.sfmcjourney.camel.client.RetryAfter;
import io.sfmcjourney.camel.client.SfmcErrorBody;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * A non-2xx answer of the SFMC API. Being an {@link HttpOperationFailedException}, existing
 * {@code onException(HttpOperationFailedException.class)} handlers catch it; it adds SFMC's {@code errorcode} and
 * {@code message} and the API method that failed. Never carries a token or secret.
 * <p>
 * The message reads {@code <method> <VERB> <path> failed: HTTP <status> errorcode <code>: <message>}. Bodies that
 * are not JSON (e.g. an HTML error page of a proxy) are kept only up to {@value #MAX_NON_JSON_BODY} characters.
 */
public class SfmcJourneyApiException extends HttpOperationFailedException {

    /** Longest non-JSON body kept in the exception, in characters. */
    public static final int MAX_NON_JSON_BODY = 4096;

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String verb;
    private final Integer errorCode;
    private final String sfmcMessage;
    private final String message;

    /**
     * @param method   the API method name, e.g. {@code getInteraction}
     * @param verb        the HTTP verb
     * @param uri         the called URI (no credentials ever appear in it)
     * @param statusCode  the HTTP status
     * @param statusText  the reason phrase
     * @param headers     the response headers
     * @param body        the response body as text
     * @param errorCode   SFMC's {@code errorcode}, or null when the body had none
     * @param sfmcMessage SFMC's {@code message} (or OAuth {@code error_description}), or null
     */
    public SfmcJourneyApiException(String method, String verb, String uri, int statusCode, String statusText,
                                   Map<String, String> headers, String body, Integer errorCode, String sfmcMessage) {
        this(null, method, verb, uri, statusCode, statusText, headers, body, errorCode, sfmcMessage);
    }

    /**
     * As the other constructor, with an explicit detail message (used for token requests, whose message names the
     * auth URL instead of a REST path).
     *
     * @param message the detail message, or null for the standard one
     */
    public SfmcJourneyApiException(String message, String method, String verb, String uri, int statusCode,
                                   String statusText, Map<String, String> headers, String body, Integer errorCode,
                                   String sfmcMessage) {
        super(uri, statusCode, statusText, null, headers, limitBody(body));
        this.method = method;
        this.verb = verb;
        this.errorCode = errorCode;
        this.sfmcMessage = sfmcMessage;
        this.message = message != null ? message : standardMessage(uri, statusCode, statusText);
    }

    @Override
    public String getMessage() {
        return message;
    }

    public String getMethod() {
        return method;
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

    /**
     * The wait SFMC asked for ({@code Retry-After} header, else the body's {@code retryAfter}), or null when it named
     * none (e.g. 429 with errorcode 50200).
     */
    public Duration getRetryAfter() {
        byte[] body = getResponseBody() == null ? new byte[0] : getResponseBody().getBytes(StandardCharsets.UTF_8);
        return RetryAfter.of(getResponseHeaders(), SfmcErrorBody.parse(body), Instant.now());
    }

    private String standardMessage(String uri, int statusCode, String statusText) {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(verb).append(' ').append(path(uri)).append(" failed: HTTP ")
                .append(statusCode);
        if (errorCode != null) {
            sb.append(" errorcode ").append(errorCode);
        } else if (statusText != null && !statusText.isBlank()) {
            sb.append(' ').append(statusText);
        }
        if (sfmcMessage != null && !sfmcMessage.isBlank()) {
            sb.append(": ").append(sfmcMessage);
        }
        return sb.toString();
    }

    private static String path(String uri) {
        try {
            String path = URI.create(uri).getRawPath();
            return path == null || path.isEmpty() ? uri : path;
        } catch (IllegalArgumentException | NullPointerException e) {
            return uri;
        }
    }

    private static String limitBody(String body) {
        if (body == null || body.length() <= MAX_NON_JSON_BODY) {
            return body;
        }
        String start = body.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return body;
        }
        return body.substring(0, MAX_NON_JSON_BODY) + "... (" + (body.length() - MAX_NON_JSON_BODY)
               + " more characters)";
    }
}
