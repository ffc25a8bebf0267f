package io.sfmcjourney.camel.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to {@code POST /async/events}: {@code requestId}, the member {@code count}, how many were not queued and
 * one {@link BatchEntryMemberResult} per member, in request order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchEntryResult {

    private String requestId;
    private Integer count;
    private Integer notQueuedCount;
    private List<BatchEntryMemberResult> members = new ArrayList<>();

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getNotQueuedCount() {
        return notQueuedCount;
    }

    public void setNotQueuedCount(Integer notQueuedCount) {
        this.notQueuedCount = notQueuedCount;
    }

    /** The per-member outcomes, never null. */
    public List<BatchEntryMemberResult> getMembers() {
        return members;
    }

    public void setMembers(List<BatchEntryMemberResult> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
