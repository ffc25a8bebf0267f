package io.sfmcjourney.camel.producer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.model.SfmcJson;

/**
 * Turns an answer into the message body: by default a Map (JSON object) or List (JSON array); the JSON String with
 * {@code rawJson}; an instance of {@code outputClass} when one is set. No body, or 304 Not Modified, gives null; a
 * non-JSON answer (by its Content-Type) gives its text. Decimals in Maps are BigDecimals, as read.
 */
public final class ResponseBodyMapper {

    private static final int NOT_MODIFIED = 304;

    private final ObjectMapper mapper;
    /** Reads answers into {@link #target}; its root deserializer is found once, not per answer. */
    private final ObjectReader reader;
    private final boolean rawJson;
    private final Class<?> target;

    /**
     * @param rawJson     return the JSON text
     * @param outputClass bind to this class, or null for Map/List
     */
    public ResponseBodyMapper(boolean rawJson, Class<?> outputClass) {
        this.mapper = SfmcJson.mapper();
        this.rawJson = rawJson;
        this.target = outputClass != null ? outputClass : Object.class;
        this.reader = mapper.readerFor(target);
    }

    /**
     * The message body for {@code response}.
     *
     * @throws IOException when the answer is not the JSON the output class needs
     */
    public Object toBody(SfmcResponse response) throws IOException {
        if (response.statusCode() == NOT_MODIFIED || !response.hasBody()) {
            return null;
        }
        if (rawJson || !isJson(response.headers())) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        return reader.readValue(response.body());
    }

    /**
     * The message body for a value the component built itself (e.g. merged batch results), following the same
     * options as answers: a Map (or List) by default, its JSON text with {@code rawJson}, or an {@code outputClass}
     * instance.
     */
    public Object toBody(Object value) throws IOException {
        if (rawJson) {
            return mapper.writeValueAsString(value);
        }
        return target.isInstance(value) && target != Object.class ? value : mapper.convertValue(value, target);
    }

    private static boolean isJson(Map<String, String> headers) {
        String contentType = SfmcResponse.contentType(headers);
        return contentType == null || SfmcResponse.contentTypeMentions(contentType, "json");
    }
}
