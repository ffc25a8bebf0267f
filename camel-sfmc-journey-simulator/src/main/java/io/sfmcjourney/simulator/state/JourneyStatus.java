package io.sfmcjourney.simulator.state;

/** Journey version statuses as SFMC spells them. */
public enum JourneyStatus {
    Draft, Published, ScheduledToPublish, Stopped, Unpublished, Deleted, Paused;

    /** Parses a status case-insensitively, or {@code null} when unknown. */
    public static JourneyStatus parse(String text) {
        for (JourneyStatus status : values()) {
            if (status.name().equalsIgnoreCase(text)) {
                return status;
            }
        }
        return null;
    }
}
