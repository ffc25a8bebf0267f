package io.sfmcjourney.camel.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /interaction/v1/async/events}: up to 100 contacts for one event definition. Unlike
 * {@link EntryEvent} the names are camelCase ({@code eventDefinitionKey}, {@code members[{contactKey, data}]}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchEntryRequest {

    /** The most members SFMC accepts in one request. */
    public static final int MAX_MEMBERS = 100;

    private String eventDefinitionKey;
    private List<BatchEntryMember> members = new ArrayList<>();

    public BatchEntryRequest() {
    }

    public BatchEntryRequest(String eventDefinitionKey, List<BatchEntryMember> members) {
        this.eventDefinitionKey = eventDefinitionKey;
        setMembers(members);
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    /** The members, never null. */
    public List<BatchEntryMember> getMembers() {
        return members;
    }

    public void setMembers(List<BatchEntryMember> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
