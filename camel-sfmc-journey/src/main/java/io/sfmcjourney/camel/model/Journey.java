package io.sfmcjourney.camel.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A journey version (SFMC "interaction"), as returned by {@code GET /interactions/{id}} and accepted by
 * {@code POST/PUT /interactions}.
 * <p>
 * {@code id} is the same for every version; {@code definitionId} identifies this version. Lists SFMC did not send stay
 * null (an absent {@code activities} is not the same as an empty one on PUT). Dates are SFMC timestamps, see
 * {@link SfmcTimestamps}; {@code status} is kept as text because its values vary by journey type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Journey extends DatedModel {

    private String key;
    private Integer version;
    private BigDecimal workflowApiVersion;
    private String lastPublishedDate;
    private List<JourneyTrigger> triggers;
    private List<JourneyActivity> activities;
    private List<Map<String, Object>> goals;
    private List<Map<String, Object>> exits;
    private List<Map<String, Object>> notifiers;
    private JourneyStats stats;
    private Map<String, Object> healthStats;
    private List<Map<String, Object>> tags;
    private String entryMode;
    private String definitionType;
    private String channel;
    private Map<String, Object> defaults;
    private Map<String, Object> metaData;
    private String executionMode;
    private Long categoryId;
    private String status;
    private String definitionId;
    private String scheduledStatus;

    /** The customer key, unique per business unit and shared by all versions. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** The version number, starting at 1; selects the version to update on PUT. */
    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** The journey spec version, a decimal ({@code 0.5} or {@code 1.0}). */
    public BigDecimal getWorkflowApiVersion() {
        return workflowApiVersion;
    }

    public void setWorkflowApiVersion(BigDecimal workflowApiVersion) {
        this.workflowApiVersion = workflowApiVersion;
    }

    /** SFMC timestamp; {@value SfmcTimestamps#NEVER_SET} when never published. */
    public String getLastPublishedDate() {
        return lastPublishedDate;
    }

    public void setLastPublishedDate(String lastPublishedDate) {
        this.lastPublishedDate = lastPublishedDate;
    }

    public List<JourneyTrigger> getTriggers() {
        return triggers;
    }

    public void setTriggers(List<JourneyTrigger> triggers) {
        this.triggers = triggers;
    }

    /** The activities, or null when the request did not ask for them ({@code extras}). */
    public List<JourneyActivity> getActivities() {
        return activities;
    }

    public void setActivities(List<JourneyActivity> activities) {
        this.activities = activities;
    }

    public List<Map<String, Object>> getGoals() {
        return goals;
    }

    public void setGoals(List<Map<String, Object>> goals) {
        this.goals = goals;
    }

    public List<Map<String, Object>> getExits() {
        return exits;
    }

    public void setExits(List<Map<String, Object>> exits) {
        this.exits = exits;
    }

    public List<Map<String, Object>> getNotifiers() {
        return notifiers;
    }

    public void setNotifiers(List<Map<String, Object>> notifiers) {
        this.notifiers = notifiers;
    }

    public JourneyStats getStats() {
        return stats;
    }

    public void setStats(JourneyStats stats) {
        this.stats = stats;
    }

    public Map<String, Object> getHealthStats() {
        return healthStats;
    }

    public void setHealthStats(Map<String, Object> healthStats) {
        this.healthStats = healthStats;
    }

    public List<Map<String, Object>> getTags() {
        return tags;
    }

    public void setTags(List<Map<String, Object>> tags) {
        this.tags = tags;
    }

    /** E.g. {@code NotSet}, {@code MultipleEntries}, {@code SingleEntryAcrossAllVersions}, {@code OnceAndDone}. */
    public String getEntryMode() {
        return entryMode;
    }

    public void setEntryMode(String entryMode) {
        this.entryMode = entryMode;
    }

    /** {@code Multistep}, {@code Quicksend} or {@code Transactional}. */
    public String getDefinitionType() {
        return definitionType;
    }

    public void setDefinitionType(String definitionType) {
        this.definitionType = definitionType;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Map<String, Object> getDefaults() {
        return defaults;
    }

    public void setDefaults(Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    public Map<String, Object> getMetaData() {
        return metaData;
    }

    public void setMetaData(Map<String, Object> metaData) {
        this.metaData = metaData;
    }

    public String getExecutionMode() {
        return executionMode;
    }

    public void setExecutionMode(String executionMode) {
        this.executionMode = executionMode;
    }

    /** The folder id. */
    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    /** E.g. {@code Draft}, {@code Published}, {@code Stopped}, {@code Unpublished}, {@code Paused}, {@code Deleted}. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The id of this version. */
    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public String getScheduledStatus() {
        return scheduledStatus;
    }

    public void setScheduledStatus(String scheduledStatus) {
        this.scheduledStatus = scheduledStatus;
    }

    @Override
    public String toString() {
        return "Journey[key=" + key + ", id=" + getId() + ", version=" + version + ", status=" + status + "]";
    }
}
