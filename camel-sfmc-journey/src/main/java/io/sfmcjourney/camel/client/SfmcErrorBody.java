package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.model.SfmcJson;

/**
 * What an error answer's body says, tolerant of every shape SFMC uses: the REST envelope
 * {@code {message, errorcode, documentation}}, the OAuth shape {@code {error, error_description}}, a
 * {@code retryAfter} field on 429s, and non-JSON bodies such as HTML pages (all fields null then).
 *
 * @param errorCode  SFMC's numeric {@code errorcode}, or null
 * @param message    SFMC's {@code message}, else OAuth's {@code error_description}, or null
 * @param oauthError OAuth's {@code error} code (e.g. {@code invalid_client}), or null
 * @param retryAfter the body's {@code retryAfter} in seconds, or null
 */
public record SfmcErrorBody(Integer errorCode, String message, String oauthError, Duration retryAfter) {

    private static final SfmcErrorBody EMPTY = new SfmcErrorBody(null, null, null, null);

    /** Parses a body; never throws. */
    public static SfmcErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return EMPTY;
        }
        JsonNode json;
        try {
            json = SfmcJson.mapper().readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return EMPTY;
        }
        if (json == null || !json.isObject()) {
            return EMPTY;
        }
        String message = text(json, "message");
        return new SfmcErrorBody(integer(json.get("errorcode")), message != null ? message : text(json, "error_description"),
                text(json, "error"), seconds(json.get("retryAfter")));
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static Integer integer(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.intValue();
        }
        if (node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
            return Integer.valueOf(node.asText());
        }
        return null;
    }

    private static Duration seconds(JsonNode node) {
        Integer value = integer(node);
        return value == null || value < 0 ? null : Duration.ofSeconds(value);
    }
}
