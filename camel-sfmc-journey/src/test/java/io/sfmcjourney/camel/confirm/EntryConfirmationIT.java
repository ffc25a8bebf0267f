package io.sfmcjourney.camel.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.sfmcjourney.camel.SfmcContactNotEnteredException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * confirmEntry against the simulator: every outcome it plays, for /events, a postAsyncEvents member list and
 * batchSize members, and the number of reads confirmations cost.
 */
class EntryConfirmationIT {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));

    private static final String EVENT = "join";
    private static final String CONFIRM = "confirmEntry=true&confirmInterval=50&confirmTimeout=10000";
    private static final String SINGLE = "sfmc-journey:postInteractionsEvents?" + CONFIRM;
    private static final String LIST = "sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT + "&" + CONFIRM;

    private SfmcSimulator simulator;
    private DefaultCamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        start(extension.simulator());
    }

    private void start(SfmcSimulator target) {
        simulator = target;
        context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(20);
        SfmcJourneyComponent component = context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
        component.getConfiguration().setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        component.getConfiguration().setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        component.getConfiguration().setAuthUrl(simulator.authUrl());
        context.start();
        template = context.createProducerTemplate();
        template.requestBody("sfmc-journey:postEventDefinition", Map.of("type", "APIEvent", "name", "Join",
                "eventDefinitionKey", EVENT, "schema", Map.of("fields", List.of(
                        Map.of("name", "Email", "dataType", "Text"), Map.of("name", "Tier", "dataType", "Text")))));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aContactThatEnteredIsConfirmedEntered() {
        publishedJourney("welcome", "MultipleEntries", true);

        Exchange exchange = fire("anna", "gold");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.ENTRY_OUTCOME)).isEqualTo("ENTERED");
        EntryConfirmation confirmation = exchange.getMessage().getBody(EntryConfirmation.class);
        assertThat(confirmation.outcome()).isEqualTo(EntryOutcome.ENTERED);
        assertThat(confirmation.contactKey()).isEqualTo("anna");
        assertThat(confirmation.eventInstanceId()).isEqualTo(simulator.acceptedEvents().get(0).eventInstanceId());
        assertThat(confirmation.records()).isNotEmpty()
                .allSatisfy(record -> assertThat(record.getEventId()).isEqualTo(confirmation.eventInstanceId()));
    }

    @Test
    void reEntryRulesGiveSfmcsReason() {
        publishedJourney("single", "SingleEntryAcrossAllVersions", true);
        assertThat(outcome(fire("c-1", "gold"))).isEqualTo("ENTERED/Complete");
        assertThat(outcome(fire("c-1", "gold"))).isEqualTo("NOT_ENTERED/ContactAlreadyInInteraction");
    }

    @Test
    void onceAndDoneRefusesAContactThatLeft() {
        publishedJourney("once", "OnceAndDone", false);
        assertThat(outcome(fire("c-1", "gold"))).isEqualTo("ENTERED/Complete");
        assertThat(outcome(fire("c-1", "gold"))).isEqualTo("NOT_ENTERED/ContactPreviouslyInSameInteraction");
    }

    @Test
    void criteriaDataAndContactStatesGiveSfmcsReason() {
        simulator.entryRules().entryCriteria(EVENT, "Tier", "gold").requireData(EVENT, "Email")
                .deleteContact("gone").restrictContact("blocked");
        publishedJourney("rules", "MultipleEntries", true);

        assertThat(outcome(fire("silver", "silver"))).isEqualTo("NOT_ENTERED/DidNotMeetEntryCriteria");
        assertThat(outcome(fire("gone", "gold"))).isEqualTo("NOT_ENTERED/ContactIsDeleted");
        assertThat(outcome(fire("blocked", "gold"))).isEqualTo("NOT_ENTERED/ContactIsRestricted");
        assertThat(outcome(template.request(SINGLE, e -> e.getMessage().setBody(Map.of("ContactKey", "no-mail",
                "EventDefinitionKey", EVENT, "Data", Map.of("Tier", "gold"))))))
                .isEqualTo("NOT_ENTERED/ErrorValidatingContact");
    }

    @Test
    void aStoppedJourneyIsNotPublished() {
        publishedJourney("stopped", "MultipleEntries", true);
        template.requestBody("sfmc-journey:stopByKey?key=stopped&versionNumber=1", (Object) null);

        assertThat(outcome(fire("late", "gold"))).isEqualTo("NOT_ENTERED/InteractionNotPublished");
    }

    @Test
    void failOnNotEnteredFailsWithSfmcsReason() {
        simulator.entryRules().deleteContact("gone");
        publishedJourney("fails", "MultipleEntries", true);

        Exchange exchange = template.request(SINGLE + "&failOnNotEntered=true", e -> e.getMessage().setBody(
                event("gone", "gold")));

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcContactNotEnteredException.class, e -> {
            assertThat(e.getOutcome()).isEqualTo(EntryOutcome.NOT_ENTERED);
            assertThat(e.getReason()).isEqualTo("ContactIsDeleted");
            assertThat(e.getContactKey()).isEqualTo("gone");
        });
        assertThat(fire("fine", "gold").getException()).isNull();
    }

    @Test
    void aPausedJourneyIsUnknownUntilItResumesThenEntered() {
        publishedJourney("paused", "MultipleEntries", true);
        template.requestBody("sfmc-journey:pauseInteractionByKey?key=paused&versionNumber=1", (Object) null);

        Exchange timedOut = template.request(SINGLE.replace("confirmTimeout=10000", "confirmTimeout=300"),
                e -> e.getMessage().setBody(event("held", "gold")));
        assertThat(outcome(timedOut)).isEqualTo("UNKNOWN/null");
        assertThat(timedOut.getMessage().getBody(EntryConfirmation.class).outcome()).isEqualTo(EntryOutcome.UNKNOWN);

        // a generous timeout: on a loaded machine the resume and the next history read may take a while
        CompletableFuture<Exchange> waiting = template.asyncSend(
                SINGLE.replace("confirmTimeout=10000", "confirmTimeout=60000"),
                e -> e.getMessage().setBody(event("held-2", "gold")));
        template.requestBody("sfmc-journey:resumeInteractionByKey?key=paused&versionNumber=1", (Object) null);
        assertThat(outcome(waiting.join())).isEqualTo("ENTERED/Complete");
    }

    @Test
    void historyThatShowsTheOutcomeLateIsWaitedFor() {
        simulator.entryRules().outcomeDelay(Duration.ofMillis(1500));
        publishedJourney("late", "MultipleEntries", true);

        assertThat(outcome(fire("slow", "gold"))).isEqualTo("ENTERED/Complete");
        assertThat(simulator.journal().requestsFor("searchJourneyHistory")).hasSizeGreaterThan(1);
    }

    @Test
    void recordsWithAnEventIdOfTheirOwnAreMatchedByContactAndTime() {
        simulator.quirks().historyEventIdIsEventInstanceId(false);
        try {
            simulator.entryRules().deleteContact("gone");
            publishedJourney("own-ids", "MultipleEntries", true);

            assertThat(outcome(fire("in", "gold"))).isEqualTo("ENTERED/Complete");
            assertThat(outcome(fire("gone", "gold"))).isEqualTo("NOT_ENTERED/ContactIsDeleted");
        } finally {
            simulator.quirks().historyEventIdIsEventInstanceId(true);
        }
    }

    @Test
    void historyFiltersTheServerIgnoresAreAppliedOnTheClient() {
        simulator.quirks().journeyHistorySearchIgnoresFilters(true);
        try {
            simulator.entryRules().deleteContact("gone");
            publishedJourney("unfiltered", "MultipleEntries", true);
            assertThat(outcome(fire("in", "gold"))).isEqualTo("ENTERED/Complete");
            assertThat(outcome(fire("gone", "gold"))).isEqualTo("NOT_ENTERED/ContactIsDeleted");
            simulator.quirks().historyEventIdIsEventInstanceId(false);
            assertThat(outcome(fire("gone", "gold"))).isEqualTo("NOT_ENTERED/ContactIsDeleted");
            assertThat(outcome(fire("in", "gold"))).isEqualTo("ENTERED/Complete");
        } finally {
            simulator.quirks().journeyHistorySearchIgnoresFilters(false).historyEventIdIsEventInstanceId(true);
        }
    }

    @Test
    void aMemberListGetsAnOutcomePerMemberForABoundedNumberOfReads() {
        simulator.entryRules().deleteContact("m-7").entryCriteria(EVENT, "Tier", "gold");
        publishedJourney("batch", "MultipleEntries", true);
        List<BatchEntryMember> members = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            members.add(member("m-" + i, i == 3 ? "silver" : "gold"));
        }
        members.add(new BatchEntryMember("bad", Map.of("Bogus", "x")));

        Exchange exchange = template.request(LIST, e -> e.getMessage().setBody(members));

        assertThat(exchange.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<EntryConfirmation> outcomes = exchange.getMessage().getBody(List.class);
        assertThat(outcomes).hasSize(251);
        Map<String, String> byContact = new HashMap<>();
        outcomes.forEach(o -> byContact.put(o.contactKey(), o.outcome() + "/" + o.reason()));
        assertThat(byContact).containsEntry("m-0", "ENTERED/Complete")
                .containsEntry("m-3", "NOT_ENTERED/DidNotMeetEntryCriteria")
                .containsEntry("m-7", "NOT_ENTERED/ContactIsDeleted").containsEntry("bad", "NOT_ENTERED/10000");
        assertThat(outcomes.stream().filter(EntryConfirmation::entered)).hasSize(248);
        assertThat(outcomes.get(0).requestId()).isEqualTo(exchange.getMessage()
                .getHeader(SfmcJourneyConstants.REQUEST_IDS, List.class).get(0));
        assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.ENTRY_OUTCOME)).isEqualTo("NOT_ENTERED");
        assertThat(simulator.journal().requestsFor("getAsyncEventsStatus")).hasSize(3);
        assertThat(simulator.journal().requestsFor("searchJourneyHistory")).hasSize(3);
    }

    @Test
    void confirmingAThousandContactsCostsTensOfReadsNotThousands() {
        publishedJourney("bulk", "MultipleEntries", true);
        List<BatchEntryMember> members = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            members.add(member("bulk-" + i, "gold"));
        }

        Exchange exchange = template.request(LIST, e -> e.getMessage().setBody(members));

        assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.ENTRY_OUTCOME)).isEqualTo("ENTERED");
        assertThat(simulator.journal().requestsFor("getAsyncEventsStatus")).hasSize(10);
        assertThat(simulator.journal().requestsFor("searchJourneyHistory")).hasSize(10);
        CallCounter calls = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getEntryConfirmer()
                .calls();
        assertThat(calls.historySearches()).isEqualTo(10);
        assertThat(calls.confirmed()).isEqualTo(1000);
    }

    @Test
    void batchSizeMembersEachGetTheirOwnOutcome() throws Exception {
        simulator.entryRules().deleteContact("b-2");
        publishedJourney("batched", "MultipleEntries", true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batched").to("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT
                        + "&batchSize=5&batchTimeout=100&" + CONFIRM);
            }
        });
        Map<String, CompletableFuture<Exchange>> sent = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            BatchEntryMember member = member("b-" + i, "gold");
            sent.put(member.getContactKey(), template.asyncSend("direct:batched",
                    e -> e.getMessage().setBody(member)));
        }

        Map<String, String> outcomes = new HashMap<>();
        sent.forEach((contact, future) -> outcomes.put(contact, outcome(future.join())));
        assertThat(outcomes).containsEntry("b-0", "ENTERED/Complete").containsEntry("b-2",
                "NOT_ENTERED/ContactIsDeleted").hasSize(5);
        assertThat(simulator.counters().calls("postAsyncEvents")).isEqualTo(1);
    }

    @Test
    void membersStillQueuedInTheBatchStatusAreConfirmedOnceTheHistoryShowsThem() throws Exception {
        try (SfmcSimulator slow = SfmcSimulator.builder().publishDelay(Duration.ZERO)
                .asyncProcessingDelay(Duration.ofMillis(500)).start()) {
            context.stop();
            start(slow);
            slow.entryRules().deleteContact("q-2");
            publishedJourney("queued", "MultipleEntries", true);

            Exchange exchange = template.request(LIST, e -> e.getMessage().setBody(
                    List.of(member("q-1", "gold"), member("q-2", "gold"))));

            @SuppressWarnings("unchecked")
            List<EntryConfirmation> outcomes = exchange.getMessage().getBody(List.class);
            assertThat(outcomes).extracting(o -> o.contactKey() + "/" + o.outcome() + "/" + o.reason())
                    .containsExactly("q-1/ENTERED/Complete", "q-2/NOT_ENTERED/ContactIsDeleted");
            assertThat(slow.journal().requestsFor("getAsyncEventsStatus")).isNotEmpty();
        }
    }

    @Test
    void confirmEntryIsRefusedOnOtherMethods() {
        assertThatThrownBy(() -> template.requestBody("sfmc-journey:getInteractionCollection?confirmEntry=true",
                (Object) null))
                .hasStackTraceContaining("confirmEntry applies to postInteractionsEvents and postAsyncEvents only");
    }

    // ---- helpers

    private Exchange fire(String contactKey, String tier) {
        return template.request(SINGLE, e -> e.getMessage().setBody(event(contactKey, tier)));
    }

    private static Map<String, Object> event(String contactKey, String tier) {
        return Map.of("ContactKey", contactKey, "EventDefinitionKey", EVENT,
                "Data", Map.of("Email", contactKey + "@example.com", "Tier", tier));
    }

    private static BatchEntryMember member(String contactKey, String tier) {
        return new BatchEntryMember(contactKey, Map.of("Email", contactKey + "@example.com", "Tier", tier));
    }

    private static String outcome(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(SfmcJourneyConstants.ENTRY_OUTCOME) + "/"
               + exchange.getMessage().getHeader(SfmcJourneyConstants.ENTRY_REASON);
    }

    private void publishedJourney(String key, String entryMode, boolean waits) {
        List<Map<String, Object>> activities = new ArrayList<>();
        activities.add(Map.of("key", "EMAILV2-1", "name", "Welcome", "type", "EMAILV2"));
        if (waits) {
            activities.add(Map.of("key", "WAIT-1", "name", "Wait a day", "type", "WAIT"));
        }
        template.requestBody("sfmc-journey:postInteraction", Map.of("key", key, "name", key, "workflowApiVersion", 1.0,
                "entryMode", entryMode, "triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type",
                        "APIEvent", "metaData", Map.of("eventDefinitionKey", EVENT))), "activities", activities));
        template.requestBody("sfmc-journey:publishInteractionByKey?key=" + key
                             + "&versionNumber=1&waitForPublish=true&failOnPublishError=true", (Object) null);
    }
}
