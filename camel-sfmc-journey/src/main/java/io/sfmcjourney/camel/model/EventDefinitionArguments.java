package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code arguments} of an event definition.
 * <p>
 * {@code serializedObjectType} comes in two forms and is kept as sent: the text {@code "ApiEvent"} in create/update
 * responses, a number in GET responses (11 API event, 3 email audience, 9 automation audience).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EventDefinitionArguments extends ExtensibleModel {

    private Object serializedObjectType;
    private String eventDefinitionId;
    private String eventDefinitionKey;
    private String dataExtensionId;
    private String automationId;
    private String criteria;
    private Boolean useHighWatermark;
    private Boolean resetHighWatermark;

    /** A {@code String} (e.g. {@code "ApiEvent"}) or a {@code Number} (e.g. {@code 11}), exactly as SFMC sent it. */
    public Object getSerializedObjectType() {
        return serializedObjectType;
    }

    public void setSerializedObjectType(Object serializedObjectType) {
        this.serializedObjectType = serializedObjectType;
    }

    public String getEventDefinitionId() {
        return eventDefinitionId;
    }

    public void setEventDefinitionId(String eventDefinitionId) {
        this.eventDefinitionId = eventDefinitionId;
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public String getDataExtensionId() {
        return dataExtensionId;
    }

    public void setDataExtensionId(String dataExtensionId) {
        this.dataExtensionId = dataExtensionId;
    }

    public String getAutomationId() {
        return automationId;
    }

    public void setAutomationId(String automationId) {
        this.automationId = automationId;
    }

    /** The entry filter template, often empty. */
    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public Boolean getUseHighWatermark() {
        return useHighWatermark;
    }

    public void setUseHighWatermark(Boolean useHighWatermark) {
        this.useHighWatermark = useHighWatermark;
    }

    public Boolean getResetHighWatermark() {
        return resetHighWatermark;
    }

    public void setResetHighWatermark(Boolean resetHighWatermark) {
        this.resetHighWatermark = resetHighWatermark;
    }
}
