package io.sfmcjourney.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One error or warning of a publish/validate status: {@code errorDetail}, {@code errorCode} (text, e.g.
 * {@code "121226"}), {@code errorType} ({@code Error} or {@code Warning}) and {@code additionalInfo}
 * ({@code activityKey}, {@code activityId}, {@code activityType}, {@code definitionId}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PublishIssue {

    private String errorDetail;
    private String errorCode;
    private String errorType;
    private Map<String, Object> additionalInfo;

    public String getErrorDetail() {
        return errorDetail;
    }

    public void setErrorDetail(String errorDetail) {
        this.errorDetail = errorDetail;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(String errorCode) {
        this.errorCode = errorCode;
    }

    public String getErrorType() {
        return errorType;
    }

    public void setErrorType(String errorType) {
        this.errorType = errorType;
    }

    public Map<String, Object> getAdditionalInfo() {
        return additionalInfo;
    }

    public void setAdditionalInfo(Map<String, Object> additionalInfo) {
        this.additionalInfo = additionalInfo;
    }
}
