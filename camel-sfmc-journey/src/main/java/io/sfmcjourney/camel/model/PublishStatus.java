package io.sfmcjourney.camel.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The state of an asynchronous publish or validate ({@code publishStatus/{statusId}},
 * {@code validateStatus/{statusId}}). {@code status} is {@code PublishInProcess}/{@code ValidateInProcess} while
 * running, then {@code PublishCompleted}/{@code ValidateCompleted} or {@code Error}; a completed status may carry
 * warnings. {@code statusId} is present in some answers only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PublishStatus {

    /** The final status of a publish that succeeded. */
    public static final String PUBLISH_COMPLETED = "PublishCompleted";
    /** The final status of a publish or validate that failed. */
    public static final String ERROR = "Error";
    private static final String COMPLETED_SUFFIX = "Completed";

    private String statusId;
    private String status;
    private List<PublishIssue> errors = new ArrayList<>();
    private List<PublishIssue> warnings = new ArrayList<>();

    public String getStatusId() {
        return statusId;
    }

    public void setStatusId(String statusId) {
        this.statusId = statusId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The errors, never null. */
    public List<PublishIssue> getErrors() {
        return errors;
    }

    public void setErrors(List<PublishIssue> errors) {
        this.errors = errors == null ? new ArrayList<>() : errors;
    }

    /** The warnings, never null. */
    public List<PublishIssue> getWarnings() {
        return warnings;
    }

    public void setWarnings(List<PublishIssue> warnings) {
        this.warnings = warnings == null ? new ArrayList<>() : warnings;
    }

    /** True once the operation has ended, successfully ({@code …Completed}) or not ({@code Error}). */
    @JsonIgnore
    public boolean isFinished() {
        return isCompleted() || isFailed();
    }

    /** True when the status ends in {@code Completed}. */
    @JsonIgnore
    public boolean isCompleted() {
        return completed(status);
    }

    /** True when the status is {@code Error}. */
    @JsonIgnore
    public boolean isFailed() {
        return failed(status);
    }

    /** Whether {@code status} is a successful end ({@code PublishCompleted}, {@code ValidateCompleted}). */
    public static boolean completed(String status) {
        return status != null && status.endsWith(COMPLETED_SUFFIX);
    }

    /** Whether {@code status} is the failed end ({@code Error}). */
    public static boolean failed(String status) {
        return ERROR.equals(status);
    }
}
