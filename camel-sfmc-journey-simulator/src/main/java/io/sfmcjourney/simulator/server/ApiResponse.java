package io.sfmcjourney.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
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
 * @param stream      a body written as it is produced (chunked), or {@code null}; its content type is in
 *                    {@code headers}
 */
public record ApiResponse(int status, JsonNode json, String text, Map<String, String> headers, BodyWriter stream) {

    /** Writes a streamed body; the stream is closed by the caller. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    public static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, body, null, new LinkedHashMap<>(), null);
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, null, new LinkedHashMap<>(), null);
    }

    public static ApiResponse text(int status, String body) {
        return new ApiResponse(status, null, body, new LinkedHashMap<>(), null);
    }

    /** A body produced while it is sent (chunked transfer), never held whole in memory. */
    public static ApiResponse streamed(int status, String contentType, BodyWriter writer) {
        ApiResponse response = new ApiResponse(status, null, null, new LinkedHashMap<>(), writer);
        return response.header("Content-Type", contentType);
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
