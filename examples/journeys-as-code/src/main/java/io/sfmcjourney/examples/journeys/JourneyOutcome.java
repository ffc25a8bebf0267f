package io.sfmcjourney.examples.journeys;

import java.util.List;

/**
 * What happened to one journey file.
 *
 * @param file          the file name
 * @param key           the journey key, or null when the file could not be read
 * @param version       the version deployed, or null
 * @param action        {@code created}, {@code new version}, {@code draft updated} or {@code draft unchanged}
 * @param publishStatus the final publish status ({@code PublishCompleted}, {@code Error}, ...), or null
 * @param errors        publish errors as {@code code: detail}
 * @param warnings      publish warnings as {@code code: detail}
 * @param failure       why the deployment stopped early, or null
 */
public record JourneyOutcome(String file, String key, Integer version, String action, String publishStatus,
        List<String> errors, List<String> warnings, String failure) {

    /** Whether the journey version is published without errors. */
    public boolean succeeded() {
        return failure == null && errors.isEmpty() && "PublishCompleted".equals(publishStatus);
    }
}
