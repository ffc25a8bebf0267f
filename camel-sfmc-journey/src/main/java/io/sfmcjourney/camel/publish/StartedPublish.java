package io.sfmcjourney.camel.publish;

import java.time.Instant;
import java.util.Objects;

import io.sfmcjourney.camel.auth.SfmcCredentials;

/**
 * A publish to follow until it ends: its {@code statusId} and, when known, the journey it publishes.
 *
 * @param statusId      the statusId publishAsync answered
 * @param journeyId     the journey id of the publish call, or null
 * @param journeyKey    the journey key of the publish call, or null
 * @param versionNumber the published version, or null
 * @param credentials   the credentials the publish was made with, or null when unknown (then any publishStatus
 *                      consumer of the component follows it)
 * @param startedAt     when the publish was started (the publish timeout counts from here)
 */
public record StartedPublish(String statusId, String journeyId, String journeyKey, Integer versionNumber,
        SfmcCredentials credentials, Instant startedAt) {

    public StartedPublish {
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A publish known only by its statusId, started now. */
    public static StartedPublish ofStatusId(String statusId) {
        return new StartedPublish(statusId, null, null, null, null, Instant.now());
    }

    @Override
    public String toString() {
        return "StartedPublish[statusId=" + statusId + ", journeyId=" + journeyId + ", journeyKey=" + journeyKey
               + ", versionNumber=" + versionNumber + "]";
    }
}
