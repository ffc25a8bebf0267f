package io.sfmcjourney.simulator;

import java.util.Map;

/**
 * One publish/validate finding, serialised as {@code {errorDetail, errorCode, errorType, additionalInfo}}.
 *
 * @param errorDetail    human-readable text
 * @param errorCode      SFMC code as a string, e.g. {@code "121226"}
 * @param errorType      {@code "Error"} or {@code "Warning"}
 * @param additionalInfo e.g. activityKey, activityId, activityType, definitionId
 */
public record ValidationIssue(String errorDetail, String errorCode, String errorType, Map<String, String> additionalInfo) {

    public static ValidationIssue error(String code, String detail, Map<String, String> info) {
        return new ValidationIssue(detail, code, "Error", Map.copyOf(info));
    }

    public static ValidationIssue warning(String code, String detail, Map<String, String> info) {
        return new ValidationIssue(detail, code, "Warning", Map.copyOf(info));
    }

    public boolean isError() {
        return "Error".equalsIgnoreCase(errorType);
    }
}
