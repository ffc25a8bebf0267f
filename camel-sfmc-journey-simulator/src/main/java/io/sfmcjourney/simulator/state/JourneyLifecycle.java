package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.JourneyValidationRule;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.ValidationIssue;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The status machine of journey versions: publish/validate (asynchronous), stop, pause, resume, and the audit
 * trail of those actions. Callers hold the account lock.
 */
public final class JourneyLifecycle {

    private static final int MAX_OPERATIONS = 10_000;
    private static final Set<JourneyStatus> STOPPABLE =
            EnumSet.of(JourneyStatus.Published, JourneyStatus.Paused, JourneyStatus.Unpublished);

    private final AccountState account;
    private final Map<String, StatusOperation> operations = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StatusOperation> eldest) {
            return size() > MAX_OPERATIONS;
        }
    };

    JourneyLifecycle(AccountState account) {
        this.account = account;
    }

    /** publishAsync: checks the version now, completes (or fails) after the publish delay. */
    public StatusOperation publish(Ref ref, Integer versionNumber, Instant now) {
        JourneyVersion version = version(ref, versionNumber);
        if (version.pendingPublishId() != null) {
            return operations.get(version.pendingPublishId());
        }
        requireStatus(version, "publish", JourneyStatus.Draft);
        StatusOperation operation = startOperation(StatusOperation.Kind.PUBLISH, version, now);
        version.pendingPublishId(operation.statusId());
        account.scheduler().at(operation.dueMillis(), () -> completePublish(operation));
        return operation;
    }

    /** validateAsync: the same checks as publish, without a state change. */
    public StatusOperation validate(Ref ref, Integer versionNumber, Instant now) {
        JourneyVersion version = version(ref, versionNumber);
        requireStatus(version, "validate", JourneyStatus.Draft);
        return startOperation(StatusOperation.Kind.VALIDATE, version, now);
    }

    /** A publish or validate operation by status id, or 404/30003. */
    public StatusOperation operation(String statusId, StatusOperation.Kind kind) {
        StatusOperation operation = operations.get(statusId);
        if (operation == null || operation.kind() != kind) {
            throw ApiException.of(404, 30003, "Status matching criteria not found.");
        }
        return operation;
    }

    /** stop: one version (Published, Paused or Unpublished), or every stoppable version with allVersions. */
    public void stop(Ref ref, Integer versionNumber, boolean allVersions, Instant now) {
        for (JourneyVersion version : targets(ref, versionNumber, allVersions, "stop", STOPPABLE)) {
            long ejected = version.currentPopulation();
            version.status(JourneyStatus.Stopped);
            ObjectNode entry = audit(version, "Stop", now);
            entry.put("ContactsEjected", ejected);
        }
        account.refreshTriggers();
    }

    /** pause: Published becomes Paused. */
    public void pause(Ref ref, Integer versionNumber, boolean allVersions, Instant now) {
        for (JourneyVersion version : targets(ref, versionNumber, allVersions, "pause",
                EnumSet.of(JourneyStatus.Published))) {
            version.status(JourneyStatus.Paused);
            audit(version, "Pause", now);
        }
        account.refreshTriggers();
    }

    /** resume: Paused becomes Published; entries held while paused enter now. */
    public void resume(Ref ref, Integer versionNumber, boolean allVersions, Instant now) {
        java.util.Set<Journey> resumed = new java.util.LinkedHashSet<>();
        for (JourneyVersion version : targets(ref, versionNumber, allVersions, "resume",
                EnumSet.of(JourneyStatus.Paused))) {
            version.status(JourneyStatus.Published);
            audit(version, "Resume", now);
            resumed.add(version.journey());
        }
        account.refreshTriggers();
        resumed.forEach(journey -> account.heldEntries().release(journey.id()));
    }

    /** Deletes one version or (without a number) every version, and records it. */
    public Journey delete(Ref ref, Integer versionNumber, Instant now) {
        Journey journey = account.journeys().delete(ref, versionNumber);
        audit(versionNumber == null ? journey.latest() : journey.version(versionNumber), "Delete", now);
        account.refreshTriggers();
        return journey;
    }

    /** Records a lifecycle action on the journey's audit trail and returns the entry for extra fields. */
    public ObjectNode audit(JourneyVersion version, String action, Instant now) {
        ObjectNode entry = Json.object();
        entry.put("id", version.journey().id());
        entry.put("action", action);
        ObjectNode user = entry.putObject("user");
        user.put("name", "Simulator API User");
        user.put("userId", EventDefinition.SIMULATED_USER_ID);
        entry.put("timeStamp", Timestamps.format(now));
        entry.put("key", version.journey().key());
        entry.put("versionNumber", version.number());
        entry.put("originalDefinitionId", version.definitionId());
        entry.put("name", version.name());
        entry.put("description", version.document().path("description").asText(""));
        version.journey().audit().add(entry);
        return entry;
    }

    private List<JourneyVersion> targets(Ref ref, Integer versionNumber, boolean allVersions, String verb,
            Set<JourneyStatus> allowed) {
        if (versionNumber != null) {
            JourneyVersion version = version(ref, versionNumber);
            requireStatus(version, verb, allowed.toArray(JourneyStatus[]::new));
            return List.of(version);
        }
        if (!allVersions) {
            throw ApiException.missing("versionNumber");
        }
        Journey journey = account.journeys().require(ref);
        List<JourneyVersion> matching = new ArrayList<>();
        for (JourneyVersion version : journey.versions()) {
            if (allowed.contains(version.status())) {
                matching.add(version);
            }
        }
        if (matching.isEmpty()) {
            throw stateError(verb, journey.latest().status());
        }
        return matching;
    }

    private JourneyVersion version(Ref ref, Integer versionNumber) {
        if (versionNumber == null) {
            throw ApiException.missing("versionNumber");
        }
        return account.journeys().get(ref, versionNumber);
    }

    private StatusOperation startOperation(StatusOperation.Kind kind, JourneyVersion version, Instant now) {
        ObjectNode snapshot = version.fullView();
        List<ValidationIssue> issues = new ArrayList<>();
        for (JourneyValidationRule rule : account.settings().validationRules()) {
            issues.addAll(rule.validate(snapshot.deepCopy()));
        }
        long due = now.toEpochMilli() + account.settings().publishDelay().toMillis();
        StatusOperation operation = new StatusOperation(Ids.guid(), kind, version, due, issues);
        operations.put(operation.statusId(), operation);
        return operation;
    }

    private void completePublish(StatusOperation operation) {
        JourneyVersion version = operation.version();
        if (!operation.statusId().equals(version.pendingPublishId())) {
            return;
        }
        version.pendingPublishId(null);
        Instant completed = Instant.ofEpochMilli(operation.dueMillis());
        ObjectNode entry = audit(version, "Publish", completed);
        entry.put("executionMode", version.document().path("executionMode").asText("Production"));
        entry.put("publishStatus", operation.statusAt(operation.dueMillis()));
        entry.put("publishRequestId", operation.statusId());
        if (!operation.succeeded() || version.status() != JourneyStatus.Draft) {
            return;
        }
        for (JourneyVersion other : version.journey().versions()) {
            if (other != version && (other.status() == JourneyStatus.Published || other.status() == JourneyStatus.Paused)) {
                other.status(JourneyStatus.Unpublished);
                audit(other, "Unpublish", completed);
                account.scheduler().at(operation.dueMillis() + account.settings().publishDelay().toMillis(),
                        () -> finishDraining(other, completed));
            }
        }
        version.status(JourneyStatus.Published);
        version.document().put("lastPublishedDate", Timestamps.format(completed));
        account.refreshTriggers();
    }

    private void finishDraining(JourneyVersion version, Instant since) {
        if (version.status() == JourneyStatus.Unpublished) {
            version.status(JourneyStatus.Stopped);
            audit(version, "Stop", since).put("ContactsEjected", 0);
            account.refreshTriggers();
        }
    }

    private void requireStatus(JourneyVersion version, String verb, JourneyStatus... allowed) {
        for (JourneyStatus status : allowed) {
            if (version.status() == status) {
                return;
            }
        }
        throw stateError(verb, version.status());
    }

    private ApiException stateError(String verb, JourneyStatus status) {
        Quirks.StateError error = account.settings().quirks().publishStateErrorStatus();
        return ApiException.of(error.status(), error.errorcode(),
                "Cannot " + verb + " interaction in " + status.name() + " status.");
    }

    /** The trigger's event definition key, or {@code null}. */
    static String triggerEventKey(JsonNode trigger) {
        return trigger == null ? null : Json.text(trigger.path("metaData"), "eventDefinitionKey");
    }

    /** The trigger's event definition id, or {@code null}. */
    static String triggerEventId(JsonNode trigger) {
        return trigger == null ? null : Json.text(trigger.path("metaData"), "eventDefinitionId");
    }
}
