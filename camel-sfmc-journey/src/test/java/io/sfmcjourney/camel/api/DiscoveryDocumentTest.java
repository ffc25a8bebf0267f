package io.sfmcjourney.camel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The method table against SFMC's discovery document: every documented method present, same verb, same path. */
class DiscoveryDocumentTest {

    @Test
    void everyDiscoveryMethodIsInTheTableWithItsVerbAndPath() throws IOException {
        JsonNode methods = discoveryDocument().path("methods");
        assertThat(methods.size()).as("methods in discovery.json").isEqualTo(34);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : methods.properties()) {
            String name = entry.getKey();
            String verb = entry.getValue().path("httpMethod").asText().toUpperCase(Locale.ROOT);
            String path = entry.getValue().path("path").asText();
            SfmcJourneyMethod method;
            try {
                method = SfmcJourneyMethod.fromName(name);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": missing from the table");
                continue;
            }
            if (!method.verb().name().equals(verb)) {
                problems.add(name + ": verb " + method.verb() + " but discovery says " + verb);
            }
            if (!method.path().template().equals(path)) {
                problems.add(name + ": path " + method.path().template() + " but discovery says " + path);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void documentedStatisticsParametersArePathVariablesOfTheTable() throws IOException {
        JsonNode methods = discoveryDocument().path("methods");
        for (Map.Entry<String, JsonNode> entry : methods.properties()) {
            SfmcJourneyMethod method = SfmcJourneyMethod.fromName(entry.getKey());
            for (Map.Entry<String, JsonNode> parameter : entry.getValue().path("parameters").properties()) {
                assertThat(method.pathVariables())
                        .as(entry.getKey() + " parameter " + parameter.getKey())
                        .contains(PathVariable.forPlaceholder(parameter.getKey()));
            }
        }
    }

    private static JsonNode discoveryDocument() throws IOException {
        Path file = Path.of(System.getProperty("sfmc.shared.dir", "../reference"), "api", "discovery.json");
        assertThat(file).as("discovery document (system property sfmc.shared.dir)").exists();
        return new ObjectMapper().readTree(file.toFile());
    }
}
