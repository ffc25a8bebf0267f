package io.sfmcjourney.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One contact of a {@link BatchEntryRequest}: {@code contactKey} and its event {@code data}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchEntryMember {

    private String contactKey;
    private Map<String, Object> data;

    public BatchEntryMember() {
    }

    public BatchEntryMember(String contactKey, Map<String, Object> data) {
        this.contactKey = contactKey;
        this.data = data;
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public Map<String, Object> getData() {
        return data;
    }

    public void setData(Map<String, Object> data) {
        this.data = data;
    }
}
