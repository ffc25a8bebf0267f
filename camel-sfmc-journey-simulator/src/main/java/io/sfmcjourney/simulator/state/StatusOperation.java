package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.ValidationIssue;
import io.sfmcjourney.simulator.server.Json;
import java.util.List;

/** An asynchronous publish or validate request: in process until its due time, then completed or Error. */
public final class StatusOperation {

    /** Publish or validate. */
    public enum Kind {
        PUBLISH("Publish", "publishStatus"),
        VALIDATE("Validate", "validateStatus");

        private final String word;
        private final String statusPath;

        Kind(String word, String statusPath) {
            this.word = word;
            this.statusPath = statusPath;
        }

        public String statusPath() {
            return statusPath;
        }
    }

    private final String statusId;
    private final Kind kind;
    private final JourneyVersion version;
    private final long dueMillis;
    private final List<ValidationIssue> errors;
    private final List<ValidationIssue> warnings;

    StatusOperation(String statusId, Kind kind, JourneyVersion version, long dueMillis, List<ValidationIssue> issues) {
        this.statusId = statusId;
        this.kind = kind;
        this.version = version;
        this.dueMillis = dueMillis;
        this.errors = issues.stream().filter(ValidationIssue::isError).toList();
        this.warnings = issues.stream().filter(issue -> !issue.isError()).toList();
    }

    public String statusId() {
        return statusId;
    }

    public Kind kind() {
        return kind;
    }

    JourneyVersion version() {
        return version;
    }

    long dueMillis() {
        return dueMillis;
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** {@code <Kind>InProcess}, {@code <Kind>Completed} or {@code Error}. */
    public String statusAt(long nowMillis) {
        if (nowMillis < dueMillis) {
            return kind.word + "InProcess";
        }
        return succeeded() ? kind.word + "Completed" : "Error";
    }

    /** {@code {statusUrl, statusId}} as publishAsync/validateAsync answer. */
    public ObjectNode acceptedView() {
        ObjectNode body = Json.object();
        body.put("statusUrl", "/interaction/v1/interactions/" + kind.statusPath + "/" + statusId);
        body.put("statusId", statusId);
        return body;
    }

    /** {@code {statusId, status, errors, warnings}}; findings are reported once the operation is done. */
    public ObjectNode statusView(long nowMillis) {
        ObjectNode body = Json.object();
        body.put("statusId", statusId);
        body.put("status", statusAt(nowMillis));
        boolean done = nowMillis >= dueMillis;
        body.set("errors", issues(done ? errors : List.of()));
        body.set("warnings", issues(done ? warnings : List.of()));
        return body;
    }

    private static ArrayNode issues(List<ValidationIssue> issues) {
        ArrayNode array = Json.array();
        for (ValidationIssue issue : issues) {
            ObjectNode item = array.addObject();
            item.put("errorDetail", issue.errorDetail());
            item.put("errorCode", issue.errorCode());
            item.put("errorType", issue.errorType());
            ObjectNode info = item.putObject("additionalInfo");
            issue.additionalInfo().forEach(info::put);
        }
        return array;
    }
}
