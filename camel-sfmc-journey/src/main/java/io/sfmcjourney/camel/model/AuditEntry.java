package io.sfmcjourney.camel.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One item of a journey's audit log ({@code GET /interactions/{id}/audit/{action}}): what happened to which version,
 * by whom and when. Publish entries add {@code executionMode}, {@code publishStatus} and {@code publishRequestId}; stop
 * entries {@code ContactsEjected}; failed actions {@code errors}. Undeclared fields are kept
 * ({@link #getAdditionalProperties()}). Read a page with
 * {@code SfmcJson.mapper().readValue(json, SfmcJson.pageOf(AuditEntry.class))}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AuditEntry extends NamedModel {

    private String action;
    private User user;
    private String timeStamp;
    private String key;
    private Integer versionNumber;
    private String originalDefinitionId;
    private String executionMode;
    private String publishStatus;
    private String publishRequestId;
    private Long contactsEjected;
    private List<Error> errors = new ArrayList<>();

    /** {@code Create}, {@code Modify}, {@code Publish}, {@code Unpublish}, {@code Stop} or {@code Delete}. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    /** When it happened: an SFMC timestamp without offset (see {@link SfmcTimestamps}). */
    public String getTimeStamp() {
        return timeStamp;
    }

    public void setTimeStamp(String timeStamp) {
        this.timeStamp = timeStamp;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public String getOriginalDefinitionId() {
        return originalDefinitionId;
    }

    public void setOriginalDefinitionId(String originalDefinitionId) {
        this.originalDefinitionId = originalDefinitionId;
    }

    public String getExecutionMode() {
        return executionMode;
    }

    public void setExecutionMode(String executionMode) {
        this.executionMode = executionMode;
    }

    /** For a publish: e.g. {@code PublishCompleted} or {@code Error}. */
    public String getPublishStatus() {
        return publishStatus;
    }

    public void setPublishStatus(String publishStatus) {
        this.publishStatus = publishStatus;
    }

    public String getPublishRequestId() {
        return publishRequestId;
    }

    public void setPublishRequestId(String publishRequestId) {
        this.publishRequestId = publishRequestId;
    }

    /** For a stop: the contacts removed from the version (SFMC spells it {@code ContactsEjected}). */
    @JsonProperty("ContactsEjected")
    @JsonAlias("contactsEjected")
    public Long getContactsEjected() {
        return contactsEjected;
    }

    @JsonProperty("ContactsEjected")
    @JsonAlias("contactsEjected")
    public void setContactsEjected(Long contactsEjected) {
        this.contactsEjected = contactsEjected;
    }

    /** The errors of a failed action; never null (an empty list is not written). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Error> getErrors() {
        return errors;
    }

    public void setErrors(List<Error> errors) {
        this.errors = errors == null ? new ArrayList<>() : errors;
    }

    /** Who acted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class User {

        private String name;
        private Long userId;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getUserId() {
            return userId;
        }

        public void setUserId(Long userId) {
            this.userId = userId;
        }
    }

    /** One error of a failed action ({@code ErrorCode}, {@code ErrorDetail} as SFMC spells them). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Error {

        private String errorCode;
        private String errorDetail;

        @JsonProperty("ErrorCode")
        @JsonAlias("errorCode")
        public String getErrorCode() {
            return errorCode;
        }

        @JsonProperty("ErrorCode")
        @JsonAlias("errorCode")
        public void setErrorCode(String errorCode) {
            this.errorCode = errorCode;
        }

        @JsonProperty("ErrorDetail")
        @JsonAlias("errorDetail")
        public String getErrorDetail() {
            return errorDetail;
        }

        @JsonProperty("ErrorDetail")
        @JsonAlias("errorDetail")
        public void setErrorDetail(String errorDetail) {
            this.errorDetail = errorDetail;
        }
    }
}
