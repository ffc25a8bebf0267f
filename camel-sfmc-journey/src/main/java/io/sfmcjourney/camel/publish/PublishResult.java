package io.sfmcjourney.camel.publish;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.model.PublishIssue;
import io.sfmcjourney.camel.model.PublishStatus;
import org.apache.camel.Message;

/**
 * How a publish ended: the body of a publishStatus consumer exchange and of a publish with {@code waitForPublish}.
 * {@code status} is SFMC's final {@code PublishCompleted} or {@code Error}, or {@value #TIMEOUT} when the publish was
 * still in process after {@code publishTimeout}. Journey id, key and version are set when the publish was made through
 * the component (or given with the consumer's options).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublishResult {

    /** The status of a publish that did not end within {@code publishTimeout}. */
    public static final String TIMEOUT = "Timeout";

    private final String statusId;
    private final String status;
    private final List<PublishIssue> errors;
    private final List<PublishIssue> warnings;
    private final String journeyId;
    private final String journeyKey;
    private final Integer versionNumber;

    private PublishResult(StartedPublish publish, String status, List<PublishIssue> errors,
                          List<PublishIssue> warnings) {
        this.statusId = publish.statusId();
        this.status = status;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.journeyId = publish.journeyId();
        this.journeyKey = publish.journeyKey();
        this.versionNumber = publish.versionNumber();
    }

    /** The result of a publish SFMC reports as finished ({@link PublishStatus#isFinished()}). */
    public static PublishResult finished(StartedPublish publish, PublishStatus status) {
        return new PublishResult(publish, status.getStatus(), status.getErrors(), status.getWarnings());
    }

    /** The result of a publish that was still in process (or unreadable) at its deadline. */
    public static PublishResult timedOut(StartedPublish publish) {
        return new PublishResult(publish, TIMEOUT, List.of(), List.of());
    }

    /** Makes this result the message body and sets the publish headers. */
    public void applyTo(Message message) {
        message.setBody(this);
        message.setHeader(SfmcJourneyConstants.STATUS_ID, statusId);
        message.setHeader(SfmcJourneyConstants.PUBLISH_STATUS, status);
        message.setHeader(SfmcJourneyConstants.INTERACTION_ID, journeyId);
        message.setHeader(SfmcJourneyConstants.INTERACTION_KEY, journeyKey);
        message.setHeader(SfmcJourneyConstants.INTERACTION_VERSION, versionNumber);
    }

    public String getStatusId() {
        return statusId;
    }

    /** {@code PublishCompleted}, {@code Error} or {@value #TIMEOUT}. */
    public String getStatus() {
        return status;
    }

    /** SFMC's errors (empty unless the status is Error). */
    public List<PublishIssue> getErrors() {
        return errors;
    }

    /** SFMC's warnings; a completed publish may carry some. */
    public List<PublishIssue> getWarnings() {
        return warnings;
    }

    public String getJourneyId() {
        return journeyId;
    }

    public String getJourneyKey() {
        return journeyKey;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    /** True when the publish completed. */
    @JsonIgnore
    public boolean isCompleted() {
        return PublishStatus.completed(status);
    }

    /** True when the publish ended in Error. */
    @JsonIgnore
    public boolean isFailed() {
        return PublishStatus.failed(status);
    }

    /** True when the publish did not end within the publish timeout. */
    @JsonIgnore
    public boolean isTimedOut() {
        return TIMEOUT.equals(status);
    }

    @Override
    public String toString() {
        return "PublishResult[statusId=" + statusId + ", status=" + status + ", errors=" + errors.size()
               + ", warnings=" + warnings.size() + ", journeyId=" + journeyId + ", journeyKey=" + journeyKey
               + ", versionNumber=" + versionNumber + "]";
    }
}
