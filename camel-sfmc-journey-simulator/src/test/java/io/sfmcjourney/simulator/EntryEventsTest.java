package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EntryEventsTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> { });

    private SimClient client;
    private SfmcSimulator simulator;

    @BeforeEach
    void login() {
        simulator = extension.simulator();
        client = new SimClient(simulator).login();
        client.createEventDefinition("signup", "Email", "City");
    }

    @Test
    void firesAnEventAndRecordsIt() {
        SimClient.Answer answer = client.fire("c-1", "signup", Map.of("Email", "a@b.c"));

        assertThat(answer.status()).isEqualTo(201);
        String instance = answer.json().get("eventInstanceId").asText();
        assertThat(instance).matches("[0-9a-f-]{36}");
        assertThat(simulator.acceptedEvents()).singleElement().satisfies(event -> {
            assertThat(event.eventInstanceId()).isEqualTo(instance);
            assertThat(event.contactKey()).isEqualTo("c-1");
            assertThat(event.eventDefinitionKey()).isEqualTo("signup");
            assertThat(event.data()).containsEntry("Email", "a@b.c");
            assertThat(event.batch()).isFalse();
        });
        assertThat(simulator.counters().eventsAccepted()).isEqualTo(1);
        assertThat(simulator.counters().calls("postInteractionsEvents")).isEqualTo(1);
    }

    @Test
    void rejectsUnknownKeysUnknownFieldsAndMissingContactKey() {
        SimClient.Answer unknownKey = client.fire("c-1", "nope", Map.of());
        SimClient.Answer unknownField = client.fire("c-1", "signup", Map.of("Phone", "1"));
        SimClient.Answer noContact = client.post("events", SimClient.json("EventDefinitionKey", "signup"));

        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.json().get("errorcode").asInt()).isEqualTo(30000);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("message").asText()).contains("Phone");
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.json().get("errorcode").asInt()).isEqualTo(10002);
        assertThat(simulator.acceptedEvents()).isEmpty();
    }

    @Test
    void checksDataTypesOfTheSchema() {
        client.post("eventDefinitions", "{\"type\":\"APIEvent\",\"name\":\"typed\",\"eventDefinitionKey\":\"typed\","
                + "\"schema\":{\"fields\":[{\"name\":\"Age\",\"dataType\":\"Number\"},"
                + "{\"name\":\"Code\",\"dataType\":\"Text\",\"maxLength\":\"3\"}]}}");

        assertThat(client.fire("c", "typed", Map.of("Age", "42", "Code", "abc")).status()).isEqualTo(201);
        assertThat(client.fire("c", "typed", Map.of("Age", "old")).status()).isEqualTo(400);
        assertThat(client.fire("c", "typed", Map.of("Code", "abcd")).status()).isEqualTo(400);
    }

    @Test
    void definitionsWithOnlyADataExtensionAcceptAnyField() {
        client.post("eventDefinitions", SimClient.json("type", "APIEvent", "name", "de only",
                "eventDefinitionKey", "de-only", "dataExtensionId", "1c8064d5-6502-ef11-a5c8-5cba2c702db8"));

        assertThat(client.fire("c", "de-only", Map.of("Anything", "goes")).status()).isEqualTo(201);
    }

    @Test
    void perContactCountsCanBeTurnedOffForLoadTests() {
        try (SfmcSimulator totalsOnly = SfmcSimulator.builder().countPerContact(false).start()) {
            SimClient other = new SimClient(totalsOnly).login();
            other.createEventDefinition("signup", "Email");
            other.fire("c-1", "signup", Map.of("Email", "a@b.c"));
            other.fire("c-1", "signup", Map.of("Email", "a@b.c"));

            assertThat(totalsOnly.counters().eventsAccepted()).isEqualTo(2);
            assertThat(totalsOnly.counters().duplicateEvents()).isEqualTo(1);
            assertThat(totalsOnly.counters().duplicateEvents("c-1", "signup")).isZero();
            assertThat(totalsOnly.counters().duplicatesByContactAndDefinition()).isEmpty();
        }
    }

    @Test
    void countsDuplicateEvents() {
        client.fire("c-1", "signup", Map.of("Email", "a@b.c"));
        client.fire("c-1", "signup", Map.of("Email", "a@b.c"));
        client.fire("c-1", "signup", Map.of("Email", "other@b.c"));

        assertThat(simulator.counters().eventsAccepted()).isEqualTo(3);
        assertThat(simulator.counters().duplicateEvents()).isEqualTo(1);
    }

    @Test
    void countsDuplicatesPerContactAndDefinitionWhateverTheData() {
        client.createEventDefinition("renewal", "Email");
        client.fire("c-1", "signup", Map.of("Email", "a@b.c"));
        client.fire("c-1", "signup", Map.of("Email", "other@b.c"));
        client.fire("c-1", "signup", Map.of());
        client.fire("c-2", "signup", Map.of("Email", "a@b.c"));
        client.fire("c-1", "renewal", Map.of("Email", "a@b.c"));
        client.post("async/events", "{\"eventDefinitionKey\":\"renewal\",\"members\":"
                + "[{\"contactKey\":\"c-3\"},{\"contactKey\":\"c-3\",\"data\":{\"Email\":\"x@y.z\"}}]}");

        Counters counters = simulator.counters();
        assertThat(counters.duplicateEvents("c-1", "signup")).isEqualTo(2);
        assertThat(counters.duplicateEvents("c-2", "signup")).isZero();
        assertThat(counters.duplicateEvents("c-1", "renewal")).isZero();
        assertThat(counters.duplicateEvents("c-3", "renewal")).isEqualTo(1);
        assertThat(counters.duplicateEvents("never", "signup")).isZero();
        assertThat(counters.duplicatesByContactAndDefinition()).containsOnly(
                Map.entry(new Counters.ContactEntry("c-1", "signup"), 2L),
                Map.entry(new Counters.ContactEntry("c-3", "renewal"), 1L));
        assertThat(counters.duplicateEvents()).isZero();

        simulator.reset();

        assertThat(simulator.counters().duplicateEvents("c-1", "signup")).isZero();
        assertThat(simulator.counters().duplicatesByContactAndDefinition()).isEmpty();
    }

    @Test
    void batchAnswersMembersInOrderWithPerMemberErrors() {
        ObjectNode body = SimClient.JSON.createObjectNode();
        body.put("eventDefinitionKey", "signup");
        ArrayNode members = body.putArray("members");
        members.addObject().put("contactKey", "m-1").putObject("data").put("Email", "1@x.y");
        members.addObject().putObject("data").put("Email", "2@x.y");
        members.addObject().put("contactKey", "m-3").putObject("data").put("Unknown", "z");
        members.addObject().put("contactKey", "m-4");

        SimClient.Answer answer = client.post("async/events", body.toString());

        assertThat(answer.status()).isEqualTo(202);
        JsonNode result = answer.json();
        assertThat(result.get("requestId").asText()).matches("[0-9a-f-]{36}");
        assertThat(result.get("count").asInt()).isEqualTo(4);
        assertThat(result.get("notQueuedCount").asInt()).isEqualTo(2);
        JsonNode answered = result.get("members");
        assertThat(answered.get(0).get("contactKey").asText()).isEqualTo("m-1");
        assertThat(answered.get(0).has("eventInstanceId")).isTrue();
        assertThat(answered.get(0).has("errorcode")).isFalse();
        assertThat(answered.get(1).get("errorcode").asInt()).isEqualTo(10002);
        assertThat(answered.get(2).get("contactKey").asText()).isEqualTo("m-3");
        assertThat(answered.get(2).get("message").asText()).contains("Unknown");
        assertThat(answered.get(3).has("eventInstanceId")).isTrue();
        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("m-1", "m-4");
        assertThat(simulator.acceptedEvents()).allSatisfy(event -> {
            assertThat(event.batch()).isTrue();
            assertThat(event.requestId()).isEqualTo(result.get("requestId").asText());
        });
    }

    @Test
    void batchRejectsMoreThan100MembersAndUnknownKeys() {
        ObjectNode body = SimClient.JSON.createObjectNode();
        body.put("eventDefinitionKey", "signup");
        ArrayNode members = body.putArray("members");
        for (int i = 0; i < 101; i++) {
            members.addObject().put("contactKey", "c-" + i);
        }
        SimClient.Answer tooMany = client.post("async/events", body.toString());
        body.put("eventDefinitionKey", "nope");
        members.remove(100);
        SimClient.Answer unknown = client.post("async/events", body.toString());

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(simulator.acceptedEvents()).isEmpty();
    }

    @Test
    void batchStatusServesProcessedAndErroredRecords() {
        ObjectNode body = SimClient.JSON.createObjectNode();
        body.put("eventDefinitionKey", "signup");
        ArrayNode members = body.putArray("members");
        for (int i = 0; i < 5; i++) {
            members.addObject().put("contactKey", "s-" + i);
        }
        members.addObject().put("contactKey", "bad").putObject("data").put("Nope", 1);
        String requestId = client.post("async/events", body.toString()).json().get("requestId").asText();

        JsonNode processed = client.get("async/events/status?requestId=" + requestId + "&type=processed"
                + "&$page=1&$pageSize=2").json();
        JsonNode errored = client.get("async/events/status?type=errored").json();
        SimClient.Answer noFilter = client.get("async/events/status");

        assertThat(processed.get("count").asInt()).isEqualTo(5);
        assertThat(processed.get("pageSize").asInt()).isEqualTo(2);
        assertThat(processed.get("items").get(0).get("contactKey").asText()).isEqualTo("s-0");
        assertThat(processed.get("items").get(0).get("status").asText()).isEqualTo("processed");
        assertThat(errored.get("count").asInt()).isEqualTo(1);
        assertThat(errored.get("items").get(0).get("contactKey").asText()).isEqualTo("bad");
        assertThat(noFilter.status()).isEqualTo(400);
    }

    @Test
    void asyncSuccessStatusIsAQuirk() {
        simulator.quirks().asyncEventsStatus(201);
        try {
            SimClient.Answer answer = client.post("async/events",
                    "{\"eventDefinitionKey\":\"signup\",\"members\":[{\"contactKey\":\"q\"}]}");
            assertThat(answer.status()).isEqualTo(201);
        } finally {
            simulator.quirks().asyncEventsStatus(202);
        }
    }
}
