package io.sfmcjourney.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One step of a journey (email, wait, decision, ...); returned only when {@code extras} asks for activities. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JourneyActivity extends JourneyNode {

    private Map<String, Object> schema;

    /** The activity's argument schema ({@code schema.arguments}), as sent by SFMC. */
    public Map<String, Object> getSchema() {
        return schema;
    }

    public void setSchema(Map<String, Object> schema) {
        this.schema = schema;
    }
}
