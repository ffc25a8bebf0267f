package io.sfmcjourney.camel.model;

import java.util.List;
import java.util.Map;

/**
 * The fields a journey trigger and a journey activity share:
 * {@code id, key, name, description, type, outcomes, arguments, configurationArguments, metaData}.
 */
public abstract class JourneyNode extends NamedModel {

    private String key;
    private String type;
    private List<JourneyOutcome> outcomes;
    private Map<String, Object> arguments;
    private Map<String, Object> configurationArguments;
    private Map<String, Object> metaData;

    /** Key unique within the journey, e.g. {@code EMAILV2-1} or {@code TRIGGER}. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** The SFMC type, e.g. {@code EMAILV2}, {@code WAIT}, {@code APIEvent}, {@code EmailAudience}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public List<JourneyOutcome> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<JourneyOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    public Map<String, Object> getArguments() {
        return arguments;
    }

    public void setArguments(Map<String, Object> arguments) {
        this.arguments = arguments;
    }

    public Map<String, Object> getConfigurationArguments() {
        return configurationArguments;
    }

    public void setConfigurationArguments(Map<String, Object> configurationArguments) {
        this.configurationArguments = configurationArguments;
    }

    public Map<String, Object> getMetaData() {
        return metaData;
    }

    public void setMetaData(Map<String, Object> metaData) {
        this.metaData = metaData;
    }
}
