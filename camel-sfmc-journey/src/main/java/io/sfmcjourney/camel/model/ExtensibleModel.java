package io.sfmcjourney.camel.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of the models that keep the JSON fields they do not declare, so that a payload read from SFMC and written
 * back (read-modify-write) carries every field SFMC sent, including ones added after this model was written.
 */
public abstract class ExtensibleModel {

    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** The undeclared fields in arrival order; a live, modifiable map that is written back on serialisation. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    /** Keeps an undeclared field; also the way to add a field this model does not declare. */
    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
