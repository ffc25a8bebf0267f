package io.sfmcjourney.camel.model;

/**
 * Base of the SFMC objects that carry {@code createdDate} and {@code modifiedDate}, both SFMC timestamps kept as text
 * (see {@link SfmcTimestamps}).
 */
public abstract class DatedModel extends NamedModel {

    private String createdDate;
    private String modifiedDate;

    public String getCreatedDate() {
        return createdDate;
    }

    public void setCreatedDate(String createdDate) {
        this.createdDate = createdDate;
    }

    /** For a journey: must be sent back unchanged on PUT (optimistic concurrency). */
    public String getModifiedDate() {
        return modifiedDate;
    }

    public void setModifiedDate(String modifiedDate) {
        this.modifiedDate = modifiedDate;
    }
}
