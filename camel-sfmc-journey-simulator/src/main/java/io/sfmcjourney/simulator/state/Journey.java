package io.sfmcjourney.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A journey: a stable id and key shared by its versions. */
public final class Journey {

    private final String id;
    private final String key;
    private final List<JourneyVersion> versions = new ArrayList<>();
    private final AuditLog audit = new AuditLog();
    private volatile Instant goalStatisticsClearedAt;

    Journey(String id, String key) {
        this.id = id;
        this.key = key;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public List<JourneyVersion> versions() {
        return versions;
    }

    public JourneyVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The given version number, or {@code null}. */
    public JourneyVersion version(int number) {
        for (JourneyVersion version : versions) {
            if (version.number() == number) {
                return version;
            }
        }
        return null;
    }

    public boolean fullyDeleted() {
        return versions.stream().allMatch(v -> v.status() == JourneyStatus.Deleted);
    }

    public AuditLog audit() {
        return audit;
    }

    /** When goal statistics were last cleared, or {@code null}. */
    public Instant goalStatisticsClearedAt() {
        return goalStatisticsClearedAt;
    }

    public void clearGoalStatistics(Instant now) {
        this.goalStatisticsClearedAt = now;
    }

    void add(JourneyVersion version) {
        versions.add(version);
    }
}
