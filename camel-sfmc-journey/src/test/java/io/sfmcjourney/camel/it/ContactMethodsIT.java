package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcListIncompleteException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Contact exit (split into calls of 50), its status, and contact membership against the simulator. */
class ContactMethodsIT extends SimulatorTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A published journey {@code key} in which {@code contacts} wait. */
    private void journeyWith(String key, String... contacts) {
        createEventDefinition("ev-" + key);
        publishedJourney(key, "ev-" + key);
        for (String contact : contacts) {
            ok(SfmcJourneyMethod.postInteractionsEvents, new EntryEvent(contact, "ev-" + key, null));
        }
        sim().journal().clear();
    }

    @Test
    void membershipListsTheVersionsContactsWaitIn() throws Exception {
        journeyWith("j-member", "c-1", "c-2");

        Map<String, Object> answer = okMap(SfmcJourneyMethod.postContactMembership,
                Map.of("ContactKeyList", List.of("c-1", "c-9")));

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.postContactMembership);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/contactMembership");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree("{\"ContactKeyList\":[\"c-1\",\"c-9\"]}"));
        Map<String, Object> results = asMap(answer.get("results"));
        assertThat(asList(results.get("contactMemberships"))).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("contactKey", "c-1").containsEntry("definitionKey", "j-member")
                .containsEntry("version", 1));
        assertThat(results.get("contactsNotFound")).isEqualTo(List.of("c-9"));
    }

    @Test
    void contactExitRemovesTheContactAndItsStatusTellsSo() throws Exception {
        journeyWith("j-exit", "c-1", "c-2");

        Exchange exit = ok(SfmcJourneyMethod.postContactExit,
                List.of(Map.of("ContactKey", "c-1", "DefinitionKey", "j-exit", "Versions", List.of(1))));

        assertThat(status(exit)).isEqualTo(202);
        assertThat(exit.getMessage().getHeader(SfmcJourneyConstants.CALLS)).isEqualTo(1);
        assertThat(asMap(exit.getMessage().getBody()).get("errors")).isEqualTo(List.of());
        RecordedRequest request = onlyRequest(SfmcJourneyMethod.postContactExit);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/contactexit");
        assertThat(JSON.readTree(request.body()))
                .isEqualTo(JSON.readTree("[{\"ContactKey\":\"c-1\",\"DefinitionKey\":\"j-exit\",\"Versions\":[1]}]"));

        List<Map<String, Object>> statuses = asList(ok(SfmcJourneyMethod.getContactExitStatus,
                "[{\"ContactKey\":\"c-1\",\"DefinitionKey\":\"j-exit\"}]").getMessage().getBody());
        assertThat(statuses).singleElement().satisfies(s -> assertThat(asList(s.get("status"))).singleElement()
                .satisfies(detail -> assertThat(detail).containsEntry("version", 1)
                        .containsEntry("message", "Exited")));
        Map<String, Object> membership = asMap(okMap(SfmcJourneyMethod.postContactMembership,
                Map.of("ContactKeyList", List.of("c-1", "c-2"))).get("results"));
        assertThat(asList(membership.get("contactMemberships"))).extracting(m -> m.get("contactKey"))
                .containsExactly("c-2");
    }

    @Test
    void moreThanFiftyContactsAreSentInCallsOfFiftyAndTheAnswersMerged() throws Exception {
        journeyWith("j-many", "c-0");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            items.add(Map.of("ContactKey", "c-" + i, "DefinitionKey", i == 119 ? "no-such-journey" : "j-many"));
        }

        Exchange exchange = ok(SfmcJourneyMethod.postContactExit, items);

        List<RecordedRequest> requests = sim().journal().requestsFor("postContactExit");
        assertThat(requests).hasSize(3);
        List<Integer> sizes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (RecordedRequest request : requests) {
            JsonNode body = JSON.readTree(request.body());
            sizes.add(body.size());
            body.forEach(item -> keys.add(item.get("ContactKey").asText()));
        }
        assertThat(sizes).containsExactly(50, 50, 20);
        assertThat(keys).hasSize(120).startsWith("c-0", "c-1").endsWith("c-119");
        assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.CALLS)).isEqualTo(3);
        assertThat(asList(asMap(exchange.getMessage().getBody()).get("errors"))).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("definitionKey", "no-such-journey"));
    }

    @Test
    void aFailingLaterCallTellsWhichContactsWereAccepted() {
        journeyWith("j-partial");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            items.add(Map.of("ContactKey", "c-" + i, "DefinitionKey", "j-partial",
                    "Versions", i == 55 ? "not-a-list" : List.of(1)));
        }

        Exchange exchange = call(SfmcJourneyMethod.postContactExit, items);

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcListIncompleteException.class, e -> {
            assertThat(e.getFirstUnsentIndex()).isEqualTo(50);
            assertThat(e.getItemCount()).isEqualTo(60);
            assertThat(e.getAccepted()).containsEntry("errors", List.of());
            assertThat(e.getCause()).isInstanceOfSatisfying(SfmcJourneyApiException.class,
                    cause -> assertThat(cause.getStatusCode()).isEqualTo(400));
        });
        assertThat(sim().journal().requestsFor("postContactExit")).hasSize(2);
    }

    @Test
    void aContactExitThatMayHaveBeenProcessedIsNotReplayed() {
        journeyWith("j-ambiguous", "c-1");
        sim().faults().onlyFor("postContactExit").resetNextAfterProcessing(1);

        Exchange exchange = call(SfmcJourneyMethod.postContactExit,
                List.of(Map.of("ContactKey", "c-1", "DefinitionKey", "j-ambiguous")));

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                e -> assertThat(e.getMethod()).isEqualTo("postContactExit"));
        assertThat(sim().journal().requestsFor("postContactExit")).hasSize(1);
    }

    @Test
    void aThrottledContactExitIsRetriedAndReadsAreReplayed() {
        journeyWith("j-retry", "c-1");
        sim().faults().onlyFor("postContactExit").failNext(1, 429, 50100, 0);

        ok(SfmcJourneyMethod.postContactExit, List.of(Map.of("ContactKey", "c-1", "DefinitionKey", "j-retry")));
        assertThat(sim().journal().requestsFor("postContactExit")).hasSize(2);

        sim().faults().clear();
        sim().faults().onlyFor("postContactMembership").resetNextAfterProcessing(1);
        ok(SfmcJourneyMethod.postContactMembership, Map.of("ContactKeyList", List.of("c-1")));
        assertThat(sim().journal().requestsFor("postContactMembership")).hasSize(2);
    }

    @Test
    void anItemWithoutContactKeyFailsBeforeAnyCall() {
        Exchange exchange = call(SfmcJourneyMethod.postContactExit,
                List.of(Map.of("ContactKey", "c-1", "DefinitionKey", "j"), Map.of("DefinitionKey", "j")));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postContactExit").hasMessageContaining("item 1").hasMessageContaining("ContactKey");
        assertThat(sim().journal().requestsFor("postContactExit")).isEmpty();
    }
}
