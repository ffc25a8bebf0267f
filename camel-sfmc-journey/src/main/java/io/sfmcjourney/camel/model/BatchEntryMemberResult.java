package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome for one member of a batch entry: its {@code eventInstanceId}, plus {@code errorcode} and
 * {@code message} when it was not queued. {@code errorcode} is text here (SFMC sends it as string or number).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchEntryMemberResult {

    private String contactKey;
    private String eventInstanceId;
    private String errorcode;
    private String message;

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getEventInstanceId() {
        return eventInstanceId;
    }

    public void setEventInstanceId(String eventInstanceId) {
        this.eventInstanceId = eventInstanceId;
    }

    /** The error code as text, or null when the member was queued. */
    public String getErrorcode() {
        return errorcode;
    }

    public void setErrorcode(String errorcode) {
        this.errorcode = errorcode;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** True when SFMC reported an error for this member. */
    public boolean hasError() {
        return errorcode != null || message != null;
    }
}
