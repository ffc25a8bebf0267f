package io.sfmcjourney.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer: status, optional body (JSON tree or plain text) and extra headers.
 *
 * @param status      HTTP status
 * @param json        JSON body, or {@code null}
 * @param text        plain-text body, or {@code null}
 * @param headers     extra response headers
 */
public record ApiResponse(int status, JsonNode json, String text, Map<String, String> headers) {

    public static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, body, null, new LinkedHashMap<>());
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, null, new LinkedHashMap<>());
    }

    public static ApiResponse text(int status, String body) {
        return new ApiResponse(status, null, body, new LinkedHashMap<>());
    }

    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The serialised body; empty when there is none. */
    public byte[] bodyBytes() {
        if (json != null) {
            return Json.bytes(json);
        }
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    public String contentType() {
        if (json != null) {
            return "application/json; charset=utf-8";
        }
        return text == null ? null : "text/plain; charset=utf-8";
    }
}
