package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The entry source of a journey (at most one per journey). Its {@code metaData} links it to an event definition
 * ({@code eventDefinitionId}, {@code eventDefinitionKey}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JourneyTrigger extends JourneyNode {

    /** The {@code metaData.eventDefinitionKey} this trigger listens to, or null (e.g. transactional triggers). */
    public String eventDefinitionKey() {
        Object value = getMetaData() == null ? null : getMetaData().get("eventDefinitionKey");
        return value == null ? null : value.toString();
    }
}
