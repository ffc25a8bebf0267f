package io.sfmcjourney.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Journey Builder event definition ({@code /eventDefinitions}): the entry source an API event or audience fires.
 * <p>
 * Create/update responses carry the {@value SfmcTimestamps#NEVER_SET} sentinel in {@code createdDate} and
 * {@code modifiedDate} and 0 in {@code createdBy}/{@code modifiedBy}. The {@code is…} flags keep their JSON names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EventDefinition extends DatedModel {

    private String type;
    private Long createdBy;
    private Long modifiedBy;
    private String mode;
    private String eventDefinitionKey;
    private String dataExtensionId;
    private String dataExtensionName;
    private String sourceApplicationExtensionId;
    private String filterDefinitionId;
    private String filterDefinitionTemplate;
    private String iconUrl;
    private EventDefinitionArguments arguments;
    private Map<String, Object> configurationArguments;
    private Map<String, Object> metaData;
    private Map<String, Object> schema;
    private Map<String, Object> schedule;
    private Integer interactionCount;
    private Integer publishedInteractionCount;
    @JsonProperty("isVisibleInPicker")
    private Boolean visibleInPicker;
    @JsonProperty("isPlatformObject")
    private Boolean platformObject;
    private String category;
    private String automationId;
    private Boolean disableDEDataLogging;

    /** E.g. {@code APIEvent}, {@code EmailAudience}, {@code AutomationAudience}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    public Long getModifiedBy() {
        return modifiedBy;
    }

    public void setModifiedBy(Long modifiedBy) {
        this.modifiedBy = modifiedBy;
    }

    /** {@code Production} or {@code Test}. */
    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    /** The key entry events name in {@code EventDefinitionKey}; unique per business unit. */
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

    /** Read-only on the SFMC side. */
    public String getDataExtensionName() {
        return dataExtensionName;
    }

    public void setDataExtensionName(String dataExtensionName) {
        this.dataExtensionName = dataExtensionName;
    }

    public String getSourceApplicationExtensionId() {
        return sourceApplicationExtensionId;
    }

    public void setSourceApplicationExtensionId(String sourceApplicationExtensionId) {
        this.sourceApplicationExtensionId = sourceApplicationExtensionId;
    }

    public String getFilterDefinitionId() {
        return filterDefinitionId;
    }

    public void setFilterDefinitionId(String filterDefinitionId) {
        this.filterDefinitionId = filterDefinitionId;
    }

    public String getFilterDefinitionTemplate() {
        return filterDefinitionTemplate;
    }

    public void setFilterDefinitionTemplate(String filterDefinitionTemplate) {
        this.filterDefinitionTemplate = filterDefinitionTemplate;
    }

    public String getIconUrl() {
        return iconUrl;
    }

    public void setIconUrl(String iconUrl) {
        this.iconUrl = iconUrl;
    }

    public EventDefinitionArguments getArguments() {
        return arguments;
    }

    public void setArguments(EventDefinitionArguments arguments) {
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

    /** The data extension schema ({@code fields[]}, sendable fields); on create it makes SFMC build a new DE. */
    public Map<String, Object> getSchema() {
        return schema;
    }

    public void setSchema(Map<String, Object> schema) {
        this.schema = schema;
    }

    public Map<String, Object> getSchedule() {
        return schedule;
    }

    public void setSchedule(Map<String, Object> schedule) {
        this.schedule = schedule;
    }

    public Integer getInteractionCount() {
        return interactionCount;
    }

    public void setInteractionCount(Integer interactionCount) {
        this.interactionCount = interactionCount;
    }

    public Integer getPublishedInteractionCount() {
        return publishedInteractionCount;
    }

    public void setPublishedInteractionCount(Integer publishedInteractionCount) {
        this.publishedInteractionCount = publishedInteractionCount;
    }

    /** JSON {@code isVisibleInPicker}. */
    public Boolean getVisibleInPicker() {
        return visibleInPicker;
    }

    public void setVisibleInPicker(Boolean visibleInPicker) {
        this.visibleInPicker = visibleInPicker;
    }

    /** JSON {@code isPlatformObject}. */
    public Boolean getPlatformObject() {
        return platformObject;
    }

    public void setPlatformObject(Boolean platformObject) {
        this.platformObject = platformObject;
    }

    /** {@code Event} or {@code Audience}. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAutomationId() {
        return automationId;
    }

    public void setAutomationId(String automationId) {
        this.automationId = automationId;
    }

    public Boolean getDisableDEDataLogging() {
        return disableDEDataLogging;
    }

    public void setDisableDEDataLogging(Boolean disableDEDataLogging) {
        this.disableDEDataLogging = disableDEDataLogging;
    }

    @Override
    public String toString() {
        return "EventDefinition[eventDefinitionKey=" + eventDefinitionKey + ", id=" + getId() + ", type=" + type + "]";
    }
}
