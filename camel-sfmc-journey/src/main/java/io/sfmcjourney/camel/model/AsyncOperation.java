package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to {@code publishAsync} and {@code validateAsync}: {@code statusId} to poll, and the relative
 * {@code statusUrl} ({@code /interaction/v1/interactions/publishStatus/<statusId>}), which older docs omit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AsyncOperation {

    private String statusUrl;
    private String statusId;

    public String getStatusUrl() {
        return statusUrl;
    }

    public void setStatusUrl(String statusUrl) {
        this.statusUrl = statusUrl;
    }

    public String getStatusId() {
        return statusId;
    }

    public void setStatusId(String statusId) {
        this.statusId = statusId;
    }
}
