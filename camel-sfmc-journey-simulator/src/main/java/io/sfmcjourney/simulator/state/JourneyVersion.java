package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/** One version of a journey: its stored JSON document plus live status and population counters. */
public final class JourneyVersion {

    private final Journey journey;
    private final ObjectNode document;
    private final int number;
    private final String definitionId;
    private JourneyStatus status;
    private Instant modified;
    private String pendingPublishId;
    private final LongAdder cumulativePopulation = new LongAdder();
    private final LongAdder currentPopulation = new LongAdder();

    JourneyVersion(Journey journey, ObjectNode document, int number, String definitionId, Instant created) {
        this.journey = journey;
        this.document = document;
        this.number = number;
        this.definitionId = definitionId;
        this.modified = created;
        status(JourneyStatus.Draft);
    }

    public Journey journey() {
        return journey;
    }

    public int number() {
        return number;
    }

    public String definitionId() {
        return definitionId;
    }

    public JourneyStatus status() {
        return status;
    }

    public String name() {
        return Json.text(document, "name");
    }

    /** Text of a top-level field of the stored document ("" when absent). */
    public String text(String field) {
        return document.path(field).asText("");
    }

    /** A top-level field of the stored document (read only; {@code MissingNode} when absent). */
    public JsonNode field(String field) {
        return document.path(field);
    }

    public Instant modifiedAt() {
        return modified;
    }

    /** The stored document (mutable; only touch it under the account lock). */
    ObjectNode document() {
        return document;
    }

    void status(JourneyStatus newStatus) {
        this.status = newStatus;
        document.put("status", newStatus.name());
    }

    Instant modified() {
        return modified;
    }

    /** Sets modifiedDate, always moving it forward by at least one millisecond. */
    void touch(Instant now) {
        Instant next = now.toEpochMilli() > modified.toEpochMilli() ? now : modified.plusMillis(1);
        this.modified = Instant.ofEpochMilli(next.toEpochMilli());
        document.put("modifiedDate", Timestamps.format(modified));
    }

    String pendingPublishId() {
        return pendingPublishId;
    }

    void pendingPublishId(String statusId) {
        this.pendingPublishId = statusId;
    }

    void entered(boolean stillInJourney) {
        cumulativePopulation.increment();
        if (stillInJourney) {
            currentPopulation.increment();
        }
    }

    /** A waiting contact left the version (contact exit). */
    void exited() {
        currentPopulation.decrement();
    }

    public long cumulativePopulation() {
        return cumulativePopulation.sum();
    }

    public long currentPopulation() {
        return currentPopulation.sum();
    }

    /** The trigger (entry source) or {@code null}. */
    public JsonNode trigger() {
        JsonNode triggers = document.get("triggers");
        return triggers != null && triggers.isArray() && !triggers.isEmpty() ? triggers.get(0) : null;
    }

    public JsonNode activities() {
        JsonNode activities = document.get("activities");
        return activities != null && activities.isArray() ? activities : Json.array();
    }

    /**
     * A copy for a response: {@code stats} always, {@code activities} only when asked for,
     * {@code tags}/{@code healthStats} with extras=all.
     */
    public ObjectNode view(boolean withActivities, boolean extrasAll) {
        ObjectNode view = document.deepCopy();
        if (!withActivities) {
            view.remove("activities");
        }
        ObjectNode stats = view.putObject("stats");
        stats.put("currentPopulation", currentPopulation());
        stats.put("cumulativePopulation", cumulativePopulation());
        stats.put("metGoal", 0);
        stats.put("metExitCriteria", 0);
        stats.put("goalPerformance", 0.0);
        if (extrasAll) {
            view.putObject("healthStats").put("currentlyInCount", currentPopulation());
            if (!view.has("tags")) {
                view.putArray("tags");
            }
        } else {
            view.remove("tags");
        }
        reorderTail(view);
        return view;
    }

    /** A full copy including activities, as create and update answer. */
    public ObjectNode fullView() {
        return view(true, false);
    }

    private static void reorderTail(ObjectNode view) {
        for (String field : new String[] {"status", "definitionId", "scheduledStatus"}) {
            JsonNode value = view.remove(field);
            if (value != null) {
                view.set(field, value);
            }
        }
    }
}
