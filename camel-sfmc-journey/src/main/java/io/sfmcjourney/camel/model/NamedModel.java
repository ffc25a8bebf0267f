package io.sfmcjourney.camel.model;

/** Base of the SFMC objects that have an {@code id}, a {@code name} and a {@code description}. */
public abstract class NamedModel extends ExtensibleModel {

    private String id;
    private String name;
    private String description;

    /** SFMC's id of the object (for a journey: shared by all its versions). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
