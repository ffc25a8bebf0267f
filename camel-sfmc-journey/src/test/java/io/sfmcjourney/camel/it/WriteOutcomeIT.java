package io.sfmcjourney.camel.it;

import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.KEY;
import static io.sfmcjourney.camel.SfmcJourneyConstants.QUERY_PARAMETERS;
import static io.sfmcjourney.camel.SfmcJourneyConstants.VERSION_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writes say exactly what is known about their outcome, against every variant the simulator can play of what SFMC
 * leaves open: 2xx error envelopes, 503 after processing, replayed DELETEs, PUT optimistic locking, delete-by-key
 * ignoring versionNumber, and Camel redelivery around publishAsync.
 */
class WriteOutcomeIT extends SimulatorTestSupport {

    private static final String EVENTS = "sfmc-journey:postInteractionsEvents?maxRetries=0";

    @BeforeEach
    void documentedDefaults() {
        sim().quirks().pauseResumeMissingVersion(Quirks.MissingVersionAnswer.ACCEPTED_WITH_ERROR_202)
                .deleteByKeyIgnoresVersionNumber(true).deleteOfDeletedIsNotFound(true)
                .putRequiresModifiedDate(false).staleModifiedDateError(Quirks.StateError.CONFLICT_30002);
    }

    // ---- 2xx error envelope

    @ParameterizedTest
    @EnumSource(Quirks.MissingVersionAnswer.class)
    void pauseAnsweredWithAnErrorEnvelopeFailsWhateverItsStatus(Quirks.MissingVersionAnswer variant) {
        sim().quirks().pauseResumeMissingVersion(variant);
        String id = publishedJourney("env", "ev-env");

        Exchange paused = call(SfmcJourneyMethod.pauseInteractionById, null, ID, id,
                QUERY_PARAMETERS, Map.of("versionNumber", " "));

        assertThat(paused.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(variant == Quirks.MissingVersionAnswer.BAD_REQUEST_400 ? 400 : 202);
            assertThat(e.getErrorCode()).isEqualTo(10005);
            assertThat(e.getSfmcMessage()).isEqualTo("AllVersions=true or VersionNumber required.");
        });
        assertThat(journeyStatus(id)).as("nothing was paused").isEqualTo("Published");
    }

    @Test
    void allVersionsFalseIsRefusedBeforeAnyCall() {
        Exchange exchange = callUri("sfmc-journey:pauseInteractionById?id=j-1&allVersions=false", null);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allVersions");
        assertThat(sim().journal().requestsFor("pauseInteractionById")).isEmpty();
    }

    // ---- POST: 503 after processing, connection lost after processing

    @Test
    void serviceUnavailableAfterProcessingAPostIsOutcomeUnknownAndNotReplayed() {
        createEventDefinition("ev-503");
        sim().faults().onlyFor("postInteractionsEvents").failNextAfterProcessing(1, 503, 50300);

        Exchange exchange = callUri("sfmc-journey:postInteractionsEvents", new EntryEvent("c-503", "ev-503", null));

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(503);
            assertThat(e.getMethod()).isEqualTo("postInteractionsEvents");
            assertThat(e.getVerb()).isEqualTo("POST");
            assertThat(e.getPath()).isEqualTo("/interaction/v1/events");
        });
        assertThat(sim().journal().requestsFor("postInteractionsEvents")).hasSize(1);
        assertThat(sim().acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("c-503");
    }

    /**
     * The documented guidance, followed by a route: redeliver only when the exception is not
     * SfmcOutcomeUnknownException. Every failure kind ends with the event accepted exactly once, or with an
     * SfmcOutcomeUnknownException for the route to reconcile; nothing is entered twice, nothing is lost silently.
     */
    @Test
    void resendingOnlyWhenTheOutcomeIsKnownNeitherDuplicatesNorLoses() throws Exception {
        createEventDefinition("ev-guide");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(SfmcOutcomeUnknownException.class).maximumRedeliveries(0);
                onException(Exception.class).maximumRedeliveries(3).redeliveryDelay(0);
                from("direct:guided").routeId("guided").to(EVENTS);
            }
        });
        List<Runnable> faults = List.of(
                () -> sim().faults().onlyFor("postInteractionsEvents").failNext(1, 429, 50100, 0),
                () -> sim().faults().onlyFor("postInteractionsEvents").failNext(2, 400, 10000, null),
                () -> sim().faults().onlyFor("postInteractionsEvents").resetNextAfterProcessing(1),
                () -> sim().faults().onlyFor("postInteractionsEvents").failNextAfterProcessing(1, 503, 50300),
                () -> sim().faults().onlyFor("postInteractionsEvents").failNext(1, 503, 50300, 0),
                () -> sim().faults().onlyFor("postInteractionsEvents").resetNextBeforeProcessing(1));
        Map<String, Exception> failures = new HashMap<>();
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            String contact = "g-" + i;
            contacts.add(contact);
            faults.get(i).run();
            Exchange exchange = template.send("direct:guided",
                    e -> e.getMessage().setBody(new EntryEvent(contact, "ev-guide", null)));
            if (exchange.getException() != null) {
                failures.put(contact, exchange.getException());
            }
        }

        for (String contact : contacts) {
            long accepted = sim().acceptedEvents().stream().filter(e -> e.contactKey().equals(contact)).count();
            assertThat(accepted).as("entries of " + contact).isLessThanOrEqualTo(1);
            if (accepted == 0) {
                assertThat(failures.get(contact)).as(contact + " was not entered, so its route must know why")
                        .isInstanceOf(SfmcOutcomeUnknownException.class);
            }
        }
        assertThat(failures).as("definite failures were redelivered and then succeeded")
                .doesNotContainKeys("g-0", "g-1");
        assertThat(failures.values()).allMatch(SfmcOutcomeUnknownException.class::isInstance);
        assertThat(sim().counters().duplicateEvents()).isZero();
    }

    // ---- DELETE: replayed, a 404 to the replay means done

    @ParameterizedTest(name = "replayed DELETE answers 404: {0}")
    @ValueSource(booleans = {true, false})
    void deleteWhoseAnswerWasLostIsReplayedAndSucceeds(boolean replayAnswers404) {
        sim().quirks().deleteOfDeletedIsNotFound(replayAnswers404);
        String id = (String) createJourney("del-lost").get("id");
        sim().faults().onlyFor("deleteInteraction").resetNextAfterProcessing(1);

        Exchange deleted = call(SfmcJourneyMethod.deleteInteraction, null, ID, id);

        assertThat(deleted.getException()).isNull();
        assertThat(sim().journal().requestsFor("deleteInteraction")).extracting(RecordedRequest::status)
                .containsExactly(0, replayAnswers404 ? 404 : 200);
        assertThat(call(SfmcJourneyMethod.getInteraction, null, ID, id).getException())
                .isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void deleteAnswered503AfterProcessingIsVerifiedByItsReplay() {
        String id = (String) createJourney("del-503").get("id");
        sim().faults().onlyFor("deleteInteraction").failNextAfterProcessing(1, 503, 50300);

        Exchange deleted = call(SfmcJourneyMethod.deleteInteraction, null, ID, id);

        assertThat(deleted.getException()).isNull();
        assertThat(sim().journal().requestsFor("deleteInteraction")).extracting(RecordedRequest::status)
                .containsExactly(503, 404);
    }

    @Test
    void deleteOfAnUnknownJourneyStillFails() {
        Exchange deleted = call(SfmcJourneyMethod.deleteInteraction, null, ID, "00000000-0000-0000-0000-00000000abcd");

        assertThat(deleted.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    // ---- PUT: never replayed blindly; a refusal after our own replay is not a failure

    @Test
    void updateWhoseAnswerWasLostIsOutcomeUnknownAndNotReplayed() {
        Map<String, Object> journey = createJourney("put-lost");
        sim().faults().onlyFor("updateInteractionById").resetNextAfterProcessing(1);

        Exchange updated = call(SfmcJourneyMethod.updateInteractionById, renamed(journey, "Renamed"),
                ID, journey.get("id"));

        assertThat(updated.getException()).isInstanceOf(SfmcOutcomeUnknownException.class);
        assertThat(sim().journal().requestsFor("updateInteractionById")).hasSize(1);
        assertThat(asMap(template.requestBodyAndHeader("sfmc-journey:getInteraction", null, ID, journey.get("id"))))
                .as("SFMC did apply it").containsEntry("name", "Renamed");
    }

    @ParameterizedTest
    @EnumSource(Quirks.StateError.class)
    void optedInReplayRefusedForAStaleModifiedDateIsOutcomeUnknown(Quirks.StateError staleError) {
        sim().quirks().putRequiresModifiedDate(true).staleModifiedDateError(staleError);
        Map<String, Object> journey = createJourney("put-replay-" + staleError);
        sim().faults().onlyFor("updateInteractionById").resetNextAfterProcessing(1);

        Exchange updated = callUri("sfmc-journey:updateInteractionById?retryAmbiguousFailures=true",
                renamed(journey, "Renamed"), ID, journey.get("id"));

        assertThat(updated.getException()).as("the first attempt changed modifiedDate; its replay's "
                                              + staleError.status() + " does not mean the update failed")
                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(staleError.status()));
        assertThat(sim().journal().requestsFor("updateInteractionById")).extracting(RecordedRequest::status)
                .containsExactly(0, staleError.status());
    }

    @ParameterizedTest
    @EnumSource(Quirks.StateError.class)
    void staleModifiedDateWithoutAmbiguityIsADefiniteRefusal(Quirks.StateError staleError) {
        sim().quirks().putRequiresModifiedDate(true).staleModifiedDateError(staleError);
        Map<String, Object> journey = createJourney("put-stale-" + staleError);
        Map<String, Object> stale = renamed(journey, "Renamed");
        stale.put("modifiedDate", "2001-01-01T00:00:00");

        Exchange updated = call(SfmcJourneyMethod.updateInteractionById, stale, ID, journey.get("id"));

        assertThat(updated.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(staleError.status()));
        Exchange fresh = call(SfmcJourneyMethod.updateInteractionById, renamed(journey, "Renamed"), ID,
                journey.get("id"));
        assertThat(fresh.getException()).isNull();
    }

    // ---- deleteInteractionByKey never sends versionNumber on the key: path

    @ParameterizedTest(name = "SFMC ignores versionNumber on key: paths: {0}")
    @ValueSource(booleans = {true, false})
    void deleteByKeyWithAVersionDeletesOnlyThatVersion(boolean keyPathIgnoresVersion) {
        sim().quirks().deleteByKeyIgnoresVersionNumber(keyPathIgnoresVersion);
        String id = twoVersions("dbk");

        Exchange deleted = callUri("sfmc-journey:deleteInteractionByKey?key=dbk&versionNumber=2", null);

        assertThat(deleted.getException()).isNull();
        assertThat(sim().journal().requestsFor("deleteInteractionByKey")).isEmpty();
        RecordedRequest byId = onlyRequest(SfmcJourneyMethod.deleteInteraction);
        assertThat(byId.rawPath()).isEqualTo("/interaction/v1/interactions/" + id);
        assertThat(byId.query()).containsEntry("versionNumber", List.of("2"));
        assertThat(sim().journal().requestsFor("getInteractionByKey")).hasSize(1);
        assertThat(asMap(template.requestBodyAndHeader("sfmc-journey:getInteraction?versionNumber=1", null, ID, id)))
                .as("version 1 survives").containsEntry("version", 1);
    }

    @Test
    void deleteByKeyOfAMissingVersionDeletesNothing() {
        String id = twoVersions("dbk-missing");

        Exchange deleted = callUri("sfmc-journey:deleteInteractionByKey?key=dbk-missing&versionNumber=7", null);

        assertThat(deleted.getException()).isInstanceOf(SfmcJourneyApiException.class);
        assertThat(sim().journal().requestsFor("deleteInteraction")).isEmpty();
        assertThat(sim().journal().requestsFor("deleteInteractionByKey")).isEmpty();
        assertThat(call(SfmcJourneyMethod.getInteraction, null, ID, id).getException()).isNull();
    }

    @Test
    void deleteByKeyWithoutAVersionDeletesEveryVersionAsDocumented() {
        String id = twoVersions("dbk-all");

        Exchange deleted = callUri("sfmc-journey:deleteInteractionByKey?key=dbk-all", null);

        assertThat(deleted.getException()).isNull();
        assertThat(onlyRequest(SfmcJourneyMethod.deleteInteractionByKey).query()).doesNotContainKey("versionNumber");
        assertThat(call(SfmcJourneyMethod.getInteraction, null, ID, id).getException())
                .isInstanceOf(SfmcJourneyApiException.class);
    }

    // ---- a publish is started at most once per exchange, also under Camel redelivery

    @Test
    void redeliveryAfterAFailingStatusReadResumesWaitingInsteadOfPublishingAgain() throws Exception {
        String id = (String) createPublishableJourney("pub-once", "ev-pub-once").get("id");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).maximumRedeliveries(2).redeliveryDelay(0);
                from("direct:publish-redelivered").routeId("publish-redelivered")
                        .to("sfmc-journey:publishInteractionById?versionNumber=1&waitForPublish=true&maxRetries=0"
                            + "&statusPollInitialDelay=100");
            }
        });
        sim().faults().onlyFor("publishStatus").failNext(2, 500, 500, null);

        Exchange published = template.send("direct:publish-redelivered", e -> e.getMessage().setHeader(ID, id));

        assertThat(published.getException()).isNull();
        assertThat(sim().counters().calls("publishInteractionById")).as("publishAsync calls").isEqualTo(1);
        assertThat(sim().journal().requestsFor("publishStatus")).hasSize(3);
        assertThat(published.getMessage().getBody()).isInstanceOfSatisfying(PublishResult.class,
                result -> assertThat(result.isCompleted()).isTrue());
        assertThat(journeyStatus(id)).isEqualTo("Published");
    }

    // ---- a header left by an earlier call never redirects a later one

    @Test
    void anOptionInTheUriWinsOverAHeaderLeftByAnEarlierCall() throws Exception {
        createJourney("first");
        createJourney("second");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:two-in-a-row").routeId("two-in-a-row")
                        .to("sfmc-journey:getInteractionByKey")
                        .to("sfmc-journey:getInteractionByKey?key=second");
            }
        });

        Exchange exchange = template.send("direct:two-in-a-row", e -> e.getMessage().setHeader(KEY, "first"));

        assertThat(exchange.getException()).isNull();
        assertThat(sim().journal().requestsFor("getInteractionByKey")).extracting(RecordedRequest::rawPath)
                .containsExactly("/interaction/v1/interactions/key:first", "/interaction/v1/interactions/key:second");
        assertThat(asMap(exchange.getMessage().getBody())).containsEntry("key", "second");
    }

    private static Map<String, Object> renamed(Map<String, Object> journey, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", journey.get("key"));
        body.put("name", name);
        body.put("workflowApiVersion", 1.0);
        body.put("version", journey.get("version"));
        body.put("modifiedDate", journey.get("modifiedDate"));
        return body;
    }

    /** A journey of {@code key} with version 1 published and version 2 a Draft; returns its id. */
    private String twoVersions(String key) {
        String id = publishedJourney(key, "ev-" + key);
        createPublishableJourney(key, "ev-" + key);
        sim().journal().clear();
        return id;
    }
}
