package io.sfmcjourney.examples.quickstart;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a quickstart run did and what the API reported back, and whether the two agree.
 *
 * @param journeyKey         the journey's customer key
 * @param journeyVersion     the version deployed and published, or null when deployment failed
 * @param publishStatus      the last publishStatus answer ({@code PublishCompleted}, {@code Error}, ...)
 * @param journeyStatus      the version's status read back after the run ({@code Published} when all went well)
 * @param eventsSent         contacts read from the CSV and sent
 * @param eventsAccepted     contacts the API queued (it answered an eventInstanceId)
 * @param eventsFailed       contacts the API rejected or whose request failed
 * @param entered            contacts SFMC's records show in the journey (confirmEntry)
 * @param notEntered         contacts SFMC's records show kept out, per SFMC's reason (e.g. DidNotMeetEntryCriteria)
 * @param unknown            contacts without a confirmed outcome within the confirm timeout
 * @param historyRecords     history records of this journey version seen by the history route
 * @param historyPages       history pages read
 * @param contactsInHistory  accepted contacts that showed up in the history
 * @param problems           every disagreement between what was sent and what the API reports; empty when consistent
 */
public record RunSummary(String journeyKey, Integer journeyVersion, String publishStatus, String journeyStatus,
        long eventsSent, long eventsAccepted, long eventsFailed, long entered, Map<String, Long> notEntered,
        long unknown, long historyRecords, long historyPages,
        long contactsInHistory, List<String> problems) {

    public RunSummary {
        notEntered = Map.copyOf(notEntered);
    }

    /** Contacts that did not enter, whatever the reason. */
    public long notEnteredCount() {
        return notEntered.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether what was sent matches what the API reports. */
    public boolean consistent() {
        return problems.isEmpty();
    }

    /** The exit code of the quickstart: 0 when consistent, else 1. */
    public int exitCode() {
        return consistent() ? 0 : 1;
    }

    /** The summary as printed at the end of a run. */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append("==================== quickstart summary ====================\n");
        text.append(String.format("journey           %s version %s: publish %s, status %s%n", journeyKey,
                journeyVersion, publishStatus, journeyStatus));
        text.append(String.format("events            %d sent, %d accepted, %d failed%n", eventsSent, eventsAccepted,
                eventsFailed));
        String reasons = notEntered.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(reason -> reason.getKey() + ": " + reason.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
        text.append(String.format("journey entry     %d entered, %d not entered%s, %d unknown%n", entered,
                notEnteredCount(), notEntered.isEmpty() ? "" : reasons, unknown));
        text.append(String.format("history           %d records on %d pages, %d of %d accepted contacts seen%n",
                historyRecords, historyPages, contactsInHistory, eventsAccepted));
        if (consistent()) {
            text.append("result            CONSISTENT: the API reports exactly what was sent\n");
        } else {
            text.append("result            INCONSISTENT:\n");
            problems.forEach(problem -> text.append("  - ").append(problem).append('\n'));
        }
        text.append("=============================================================");
        return text.toString();
    }
}
