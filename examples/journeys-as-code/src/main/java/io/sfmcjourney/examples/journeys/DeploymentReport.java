package io.sfmcjourney.examples.journeys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.camel.model.PublishIssue;
import org.apache.camel.ExchangeProperty;

/**
 * Collects the outcome of every event definition and journey file of a deployment, prints it as a CI log would,
 * and gives the exit code (0 only when every journey published without errors). Bound as bean {@code report}.
 */
public class DeploymentReport {

    private final List<String> eventDefinitions = new ArrayList<>();
    private final Map<String, JourneyOutcome> journeys = new LinkedHashMap<>();

    /** Books an event definition that was created or already existed. */
    public synchronized void eventDefinition(@ExchangeProperty("file") String file, Map<String, Object> definition,
            @ExchangeProperty("action") String action) {
        eventDefinitions.add(String.format("%-28s %-24s %s (id %s)", name(file),
                definition.get("eventDefinitionKey"), action, definition.get("id")));
    }

    /** Books an event definition that could not be deployed. */
    public synchronized void eventDefinitionFailed(@ExchangeProperty("file") String file, Exception failure) {
        eventDefinitions.add(String.format("%-28s FAILED: %s", name(file), reason(failure)));
    }

    /** Books the journey version created or updated from {@code file}. */
    public synchronized void deployed(@ExchangeProperty("file") String file, Map<String, Object> journey,
            @ExchangeProperty("action") String action) {
        journeys.put(file, new JourneyOutcome(name(file), String.valueOf(journey.get("key")),
                ((Number) journey.get("version")).intValue(), action, null, List.of(), List.of(), null));
    }

    /** Books how the publish of the journey of {@code file} ended. */
    public synchronized void published(@ExchangeProperty("file") String file, PublishResult result) {
        JourneyOutcome deployed = journeys.get(file);
        journeys.put(file, new JourneyOutcome(deployed.file(), deployed.key(), deployed.version(),
                deployed.action(), result.getStatus(), issues(result.getErrors()), issues(result.getWarnings()), null));
    }

    /** Books a journey whose deployment stopped with {@code failure}. */
    public synchronized void failed(@ExchangeProperty("file") String file, Exception failure) {
        JourneyOutcome known = journeys.get(file);
        journeys.put(file, new JourneyOutcome(name(file), known == null ? null : known.key(),
                known == null ? null : known.version(), known == null ? null : known.action(),
                known == null ? null : known.publishStatus(), known == null ? List.of() : known.errors(),
                known == null ? List.of() : known.warnings(), reason(failure)));
    }

    /** The outcome of every journey file, in deployment order. */
    public synchronized List<JourneyOutcome> journeys() {
        return List.copyOf(journeys.values());
    }

    /** 0 when every journey published without errors (and there was at least one), else 1. */
    public synchronized int exitCode() {
        boolean allPublished = !journeys.isEmpty() && journeys.values().stream().allMatch(JourneyOutcome::succeeded);
        return allPublished ? 0 : 1;
    }

    /** The report as printed at the end of a deployment. */
    public synchronized String render() {
        StringBuilder text = new StringBuilder("==================== deployment report ====================\n");
        text.append("event definitions\n");
        eventDefinitions.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("journeys\n");
        for (JourneyOutcome journey : journeys.values()) {
            text.append(String.format("  %-28s %-20s %s%n", journey.file(), journey.key(), verdict(journey)));
            journey.errors().forEach(error -> text.append("      error   ").append(error).append('\n'));
            journey.warnings().forEach(warning -> text.append("      warning ").append(warning).append('\n'));
        }
        long failed = journeys.values().stream().filter(journey -> !journey.succeeded()).count();
        text.append(String.format("result: %d of %d journeys published%s%n", journeys.size() - failed,
                journeys.size(), failed > 0 ? ", " + failed + " FAILED" : ""));
        return text.append("===========================================================").toString();
    }

    private static String verdict(JourneyOutcome journey) {
        if (journey.failure() != null) {
            return "FAILED: " + journey.failure();
        }
        String deployed = "version " + journey.version() + " (" + journey.action() + ")";
        return journey.succeeded() ? deployed + " published" : deployed + " NOT published: " + journey.publishStatus();
    }

    private static List<String> issues(List<PublishIssue> issues) {
        return issues.stream().map(issue -> issue.getErrorCode() + ": " + issue.getErrorDetail()).toList();
    }

    private static String name(String file) {
        return Path.of(file).getFileName().toString();
    }

    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage();
    }
}
