package io.sfmcjourney.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /interaction/v1/events}, which injects one contact into the journeys listening to an event
 * definition. SFMC wants the PascalCase names {@code ContactKey}, {@code EventDefinitionKey} and {@code Data}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EntryEvent {

    @JsonProperty("ContactKey")
    private String contactKey;
    @JsonProperty("EventDefinitionKey")
    private String eventDefinitionKey;
    @JsonProperty("Data")
    private Map<String, Object> data;

    public EntryEvent() {
    }

    /**
     * @param contactKey         the contact's key
     * @param eventDefinitionKey the event definition's key
     * @param data               the event fields; every name must exist in the event's data extension
     */
    public EntryEvent(String contactKey, String eventDefinitionKey, Map<String, Object> data) {
        this.contactKey = contactKey;
        this.eventDefinitionKey = eventDefinitionKey;
        this.data = data;
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public Map<String, Object> getData() {
        return data;
    }

    public void setData(Map<String, Object> data) {
        this.data = data;
    }
}
