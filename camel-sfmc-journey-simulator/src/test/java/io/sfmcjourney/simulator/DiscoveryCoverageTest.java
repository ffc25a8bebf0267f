package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every method of the shared discovery document is served at its verb and path. */
class DiscoveryCoverageTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> { }).withoutResetBeforeEach();

    private static JsonNode discovery() throws Exception {
        Path shared = Path.of(System.getProperty("sfmc.shared.dir", "../../shared"));
        return SimClient.JSON.readTree(Files.readString(shared.resolve("api/discovery.json")));
    }

    @TestFactory
    List<DynamicTest> everyDocumentedMethodIsRouted() throws Exception {
        SfmcSimulator simulator = extension.simulator();
        SimClient client = new SimClient(simulator).login();
        String eventId = client.createEventDefinition("discovery-event", "Email");
        JsonNode journey = client.createJourney("discovery-journey", "discovery-event");
        Map<String, String> values = Map.of("{id}", journey.get("id").asText(), "{key}", "discovery-journey",
                "{eventDefinitionID}", eventId, "{eventDefinitionId}", eventId);
        List<DynamicTest> tests = new ArrayList<>();
        discovery().get("methods").fields().forEachRemaining(method -> {
            String name = method.getKey();
            String verb = method.getValue().get("httpMethod").asText().toUpperCase();
            String path = method.getValue().get("path").asText();
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace(value.getKey(), value.getValue());
            }
            String finalPath = path.startsWith("eventDefinitions/key:") ? "eventDefinitions/key:discovery-event" : path;
            tests.add(DynamicTest.dynamicTest(name + " " + verb + " " + finalPath, () -> {
                String body = verb.equals("POST") || verb.equals("PUT") ? "{}" : null;
                SimClient.Answer answer = client.call(verb, finalPath, body);

                assertThat(simulator.journal().last(name)).as("journal entry for %s", name).isNotNull();
                assertThat(simulator.journal().last(name).verb()).isEqualTo(verb);
                boolean routeMissing = answer.status() == 404 && answer.body().contains("\"Not Found\"");
                assertThat(routeMissing).as("%s answered %s %s", name, answer.status(), answer.body()).isFalse();
            }));
        });
        return tests;
    }

    @Test
    void discoveryAnswersTheDocumentWithoutAToken() throws Exception {
        SimClient.Answer answer = new SimClient(extension.simulator()).get("rest");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(discovery());
        assertThat(answer.json().get("methods").size()).isEqualTo(34);
    }
}
