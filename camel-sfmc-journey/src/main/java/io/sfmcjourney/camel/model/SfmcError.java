package io.sfmcjourney.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An SFMC error body. REST calls answer {@code {message, errorcode, documentation}} (plus {@code retryAfter} on
 * 429/50100); the OAuth token endpoint answers {@code {error, error_description, error_uri}}. Fields of the other
 * shape stay null; undeclared fields (e.g. {@code additionalErrors}) are kept in {@link #getAdditionalProperties()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SfmcError extends ExtensibleModel {

    private String message;
    private Integer errorcode;
    private String documentation;
    private Integer retryAfter;
    private String error;
    @JsonProperty("error_description")
    private String errorDescription;
    @JsonProperty("error_uri")
    private String errorUri;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** SFMC's code, e.g. 30003 (not found), 0 (not authorized), 50100 (rate limited). */
    public Integer getErrorcode() {
        return errorcode;
    }

    public void setErrorcode(Integer errorcode) {
        this.errorcode = errorcode;
    }

    /** A documentation URL, or an empty string. */
    public String getDocumentation() {
        return documentation;
    }

    public void setDocumentation(String documentation) {
        this.documentation = documentation;
    }

    /** Seconds to wait before retrying (rate-limit bodies only); the {@code Retry-After} header takes precedence. */
    public Integer getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(Integer retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** The OAuth error code, e.g. {@code invalid_client}. */
    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    /** JSON {@code error_description}. */
    public String getErrorDescription() {
        return errorDescription;
    }

    public void setErrorDescription(String errorDescription) {
        this.errorDescription = errorDescription;
    }

    /** JSON {@code error_uri}. */
    public String getErrorUri() {
        return errorUri;
    }

    public void setErrorUri(String errorUri) {
        this.errorUri = errorUri;
    }

    /** The most telling text: {@code message}, else {@code error_description}, else {@code error}; may be null. */
    public String describe() {
        if (message != null) {
            return message;
        }
        return errorDescription != null ? errorDescription : error;
    }
}
