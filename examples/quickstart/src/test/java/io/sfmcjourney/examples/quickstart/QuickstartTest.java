package io.sfmcjourney.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.ValidationIssue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the quickstart against the simulator with a handful of contacts and short polling intervals. */
class QuickstartTest {

    @TempDir
    Path output;

    private SfmcSimulator simulator = SfmcSimulator.builder().publishDelay(Duration.ofMillis(50)).start();

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private RunSummary run(String contacts, Map<String, String> extra) throws Exception {
        Map<String, String> overrides = new HashMap<>(Map.of("quickstart.contacts", contacts,
                "quickstart.batch-size", "4", "quickstart.output-dir", output.toString(),
                "quickstart.publish-poll-interval", "20", "quickstart.history-poll-interval", "20",
                "quickstart.history-timeout", "20000", "quickstart.history-lag", "0", "quickstart.confirm-interval", "20",
                "quickstart.confirm-timeout", "20000"));
        overrides.putAll(extra);
        return QuickstartApplication.run(SfmcTarget.simulator(simulator), overrides);
    }

    @Test
    void deploysPublishesEntersInBatchesAndFindsEveryContactInTheHistory() throws Exception {
        RunSummary summary = run("classpath:six-contacts.csv", Map.of());

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.consistent()).isTrue();
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.journeyVersion()).isEqualTo(1);
        assertThat(summary.publishStatus()).isEqualTo("PublishCompleted");
        assertThat(summary.journeyStatus()).isEqualTo("Published");
        assertThat(summary.eventsSent()).isEqualTo(6);
        assertThat(summary.eventsAccepted()).isEqualTo(6);
        assertThat(summary.eventsFailed()).isZero();
        assertThat(summary.contactsInHistory()).isEqualTo(6);
        // per contact: the trigger, then the wait activity it stays in
        assertThat(summary.historyRecords()).isEqualTo(12);

        // batches of 4: two calls; the simulator saw exactly the CSV's contacts and data
        assertThat(simulator.counters().calls("postAsyncEvents")).isEqualTo(2);
        List<AcceptedEvent> events = simulator.acceptedEvents();
        assertThat(events).extracting(AcceptedEvent::contactKey).containsExactly("t-1", "t-2", "t-3", "t-4", "t-5", "t-6");
        assertThat(events.get(2).data()).containsEntry("FirstName", "Hopper, Grace").containsEntry("LoyaltyPoints", "30");
        assertThat(events.get(3).data()).doesNotContainKey("City");

        List<String> history = Files.readAllLines(output.resolve("history.csv"));
        assertThat(history.get(0)).isEqualTo("transactionTime,contactKey,activityType,activityName,status");
        assertThat(history).hasSize(13);
        assertThat(history).anySatisfy(line -> assertThat(line).contains(",t-6,WAIT,Wait 1 day,Waiting"));
        assertThat(summary.entered()).isEqualTo(6);
        assertThat(summary.render()).contains("6 sent, 6 accepted, 0 failed", "6 entered, 0 not entered, 0 unknown",
                "CONSISTENT");
    }

    @Test
    void theSummaryTellsHowManyEnteredHowManyDidNotAndWhy() throws Exception {
        simulator.entryRules().deleteContact("t-2").entryCriteria("camel-sfmc-quickstart-entry", "City", "Lyon");

        RunSummary summary = run("classpath:six-contacts.csv", Map.of());

        assertThat(summary.eventsAccepted()).isEqualTo(6);
        assertThat(summary.entered()).isEqualTo(1);
        assertThat(summary.notEntered()).containsOnly(Map.entry("ContactIsDeleted", 1L),
                Map.entry("DidNotMeetEntryCriteria", 4L));
        assertThat(summary.unknown()).isZero();
        assertThat(summary.consistent()).as(summary.render()).isTrue();
        assertThat(summary.render()).contains(
                "1 entered, 5 not entered (ContactIsDeleted: 1, DidNotMeetEntryCriteria: 4), 0 unknown");
    }

    @Test
    void aContactTheApiRejectsIsCountedAsFailedAndStaysOutOfTheHistory() throws Exception {
        RunSummary summary = run("classpath:one-bad-contact.csv", Map.of());

        assertThat(summary.eventsSent()).isEqualTo(3);
        assertThat(summary.eventsAccepted()).isEqualTo(2);
        assertThat(summary.eventsFailed()).isEqualTo(1);
        assertThat(summary.contactsInHistory()).isEqualTo(2);
        assertThat(summary.consistent()).as(summary.render()).isTrue();
        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("b-1", "b-3");
        assertThat(Files.readString(output.resolve("history.csv"))).doesNotContain("b-2");
    }

    @Test
    void cleanupStopsAndDeletesTheJourneyAndDeletesTheEventDefinitionAndCanBeRepeated() throws Exception {
        run("classpath:six-contacts.csv", Map.of());
        run("classpath:six-contacts.csv", Map.of());

        List<String> first = QuickstartApplication.cleanup(SfmcTarget.simulator(simulator), Map.of());
        List<String> again = QuickstartApplication.cleanup(SfmcTarget.simulator(simulator), Map.of());

        assertThat(first).contains("Event definition camel-sfmc-quickstart-entry: deleted")
                .anySatisfy(line -> assertThat(line).startsWith("Journey camel-sfmc-quickstart (id ")
                        .endsWith("deleted with all its versions"))
                .anySatisfy(line -> assertThat(line).contains("Contact Builder"));
        // the published version 2 is stopped before the delete (version 1 was stopped by the second publish or
        // stays Published: every running version is stopped)
        assertThat(simulator.counters().calls("stop")).isGreaterThanOrEqualTo(1);
        assertThat(simulator.counters().calls("deleteInteraction")).isEqualTo(1);
        assertThat(again).contains("Journey camel-sfmc-quickstart: not found, nothing to remove",
                "Event definition camel-sfmc-quickstart-entry: not found, nothing to remove");
        // a new run starts from scratch: version 1 of a new journey, a new event definition
        RunSummary fresh = run("classpath:six-contacts.csv", Map.of());
        assertThat(fresh.consistent()).as(fresh.render()).isTrue();
        assertThat(fresh.journeyVersion()).isEqualTo(1);
        assertThat(simulator.counters().calls("postEventDefinition")).isEqualTo(2);
    }

    @Test
    void aSecondRunPublishesTheNextVersionOfTheSameJourney() throws Exception {
        run("classpath:six-contacts.csv", Map.of());

        RunSummary second = run("classpath:six-contacts.csv", Map.of());

        assertThat(second.consistent()).as(second.render()).isTrue();
        assertThat(second.journeyVersion()).isEqualTo(2);
        assertThat(second.journeyStatus()).isEqualTo("Published");
        assertThat(simulator.counters().calls("postEventDefinition")).isEqualTo(1);
        assertThat(second.contactsInHistory()).isEqualTo(6);
    }

    @Test
    void aJourneyThatFailsToPublishMakesTheRunInconsistentAndEntersNobody() throws Exception {
        simulator.close();
        simulator = SfmcSimulator.builder().publishDelay(Duration.ofMillis(50))
                .addValidationRule(journey -> List.of(ValidationIssue.error("121226",
                        "The default email address in Journey Settings is invalid.", Map.of())))
                .start();

        RunSummary summary = run("classpath:six-contacts.csv", Map.of());

        assertThat(summary.consistent()).isFalse();
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(summary.publishStatus()).isEqualTo("Error");
        assertThat(summary.journeyStatus()).isEqualTo("Draft");
        assertThat(summary.problems()).anySatisfy(problem -> assertThat(problem).contains("Error instead of PublishCompleted"));
        assertThat(summary.eventsSent()).isZero();
        assertThat(simulator.counters().calls("postAsyncEvents")).isZero();
        assertThat(summary.render()).contains("INCONSISTENT");
    }
}
