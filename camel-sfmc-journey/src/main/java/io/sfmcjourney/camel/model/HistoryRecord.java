package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One journey history entry ({@code POST /interactions/journeyhistory/search} items): what happened to a contact at
 * an activity of a journey version. {@code status} is e.g. {@code Complete}, {@code Failed},
 * {@code ContactAlreadyInInteraction}; {@code transactionTime} is an SFMC timestamp, see {@link SfmcTimestamps}.
 * The shape is undocumented, so undeclared fields are kept in {@link #getAdditionalProperties()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HistoryRecord extends ExtensibleModel {

    private String id;
    private String activityId;
    private String activityName;
    private String activityType;
    private String contactKey;
    private String definitionId;
    private String definitionName;
    private String eventId;
    private String status;
    private String transactionTime;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String activityId) {
        this.activityId = activityId;
    }

    public String getActivityName() {
        return activityName;
    }

    public void setActivityName(String activityName) {
        this.activityName = activityName;
    }

    public String getActivityType() {
        return activityType;
    }

    public void setActivityType(String activityType) {
        this.activityType = activityType;
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    /** The journey version ({@link Journey#getDefinitionId()}). */
    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public String getDefinitionName() {
        return definitionName;
    }

    public void setDefinitionName(String definitionName) {
        this.definitionName = definitionName;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTransactionTime() {
        return transactionTime;
    }

    public void setTransactionTime(String transactionTime) {
        this.transactionTime = transactionTime;
    }
}
