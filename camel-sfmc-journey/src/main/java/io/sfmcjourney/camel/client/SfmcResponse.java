package io.sfmcjourney.camel.client;

import java.util.Map;

/**
 * A REST answer with a 2xx (or 304) status; other statuses surface as
 * {@link io.sfmcjourney.camel.SfmcJourneyApiException}.
 *
 * @param statusCode   the HTTP status
 * @param reasonPhrase the HTTP reason phrase, possibly empty
 * @param headers      response headers (last value wins, names as sent)
 * @param body         the response body, empty (never null) when there was none
 */
public record SfmcResponse(int statusCode, String reasonPhrase, Map<String, String> headers, byte[] body) {

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The Content-Type header, or null when there was none. */
    public String contentType() {
        return contentType(headers);
    }

    /** The Content-Type among {@code headers} (name matched ignoring case), or null. */
    public static String contentType(Map<String, String> headers) {
        if (headers instanceof ResponseHeaders received) {
            return received.firstIgnoringCase("Content-Type");
        }
        String common = headers.get("Content-Type");
        if (common != null) {
            return common; // the usual spelling: no scan of every header on every answer
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if ("content-type".equalsIgnoreCase(header.getKey())) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * Whether {@code contentType} (may be null) contains {@code word}, ignoring case; {@code word} is lower case.
     * Checked on every answer, so without a lower-cased copy.
     */
    public static boolean contentTypeMentions(String contentType, String word) {
        if (contentType == null) {
            return false;
        }
        for (int i = 0; i + word.length() <= contentType.length(); i++) {
            if (contentType.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
