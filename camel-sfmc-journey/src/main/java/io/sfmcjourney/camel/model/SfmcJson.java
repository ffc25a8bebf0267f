package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one {@link ObjectMapper} the component uses for SFMC payloads.
 * <p>
 * Configuration: unknown properties never fail; JSON decimals inside untyped values ({@code Map}, {@code Object},
 * {@code JsonNode}) become {@link java.math.BigDecimal}, trailing zeros kept, so that values such as {@code 1.0} are
 * written back exactly as read (also when going through a {@code JsonNode} tree); no default typing (polymorphic type ids are never honoured). The mapper is shared: do not reconfigure it;
 * derive a copy with {@link ObjectMapper#copy()} if different settings are needed.
 */
public final class SfmcJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private SfmcJson() {
    }

    /** The shared, configured mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The Jackson type {@code Page<itemType>}, for reading a collection envelope. */
    public static JavaType pageOf(Class<?> itemType) {
        return MAPPER.getTypeFactory().constructParametricType(Page.class, itemType);
    }
}
