package io.sfmcjourney.camel.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the client layer (thread-safe once configured; never reconfigure it). */
public final class SfmcJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SfmcJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
