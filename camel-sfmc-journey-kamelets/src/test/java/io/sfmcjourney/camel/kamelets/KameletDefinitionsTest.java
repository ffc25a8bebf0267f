package io.sfmcjourney.camel.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Kamelet catalog's conventions, checked on the built Kamelets (as the resources plugin filtered them): what
 * Kaoto and the catalog tooling read, next to {@link KameletsIT} which runs them.
 */
class KameletDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sfmc-journey-entry-sink", "sfmc-journey-batch-entry-sink",
        "sfmc-journey-history-source", "sfmc-journey-publish-status-source"})
    @SuppressWarnings("unchecked")
    void followsTheCatalogConventions(String name) throws Exception {
        Map<String, Object> kamelet;
        try (InputStream in = getClass().getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            kamelet = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
        Map<String, Object> metadata = (Map<String, Object>) kamelet.get("metadata");
        Map<String, Object> spec = (Map<String, Object>) kamelet.get("spec");
        Map<String, Object> definition = (Map<String, Object>) spec.get("definition");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
        String type = name.endsWith("-sink") ? "sink" : "source";

        assertThat(kamelet).containsEntry("kind", "Kamelet");
        assertThat(metadata).containsEntry("name", name);
        assertThat((Map<String, Object>) metadata.get("labels")).containsEntry("camel.apache.org/kamelet.type", type);
        assertThat((Map<String, Object>) metadata.get("annotations"))
                .hasEntrySatisfying("camel.apache.org/kamelet.icon",
                        icon -> assertThat((String) icon).startsWith("data:image/svg+xml;base64,"))
                .doesNotContainValue("@project.version@");
        assertThat(definition).containsKeys("title", "description");
        assertThat((List<String>) definition.get("required")).containsExactly("clientId", "clientSecret");
        assertThat(properties.get("clientSecret")).containsEntry("format", "password")
                .hasEntrySatisfying("x-descriptors", descriptors -> assertThat((List<String>) descriptors)
                        .contains("urn:alm:descriptor:com.tectonic.ui:password", "urn:camel:group:credentials"));
        properties.forEach((property, schema) -> assertThat(schema).as(property).containsKeys("title", "description",
                "type"));
        assertThat(properties.keySet()).allMatch(property -> Character.isLowerCase(property.charAt(0))
                                                             && !property.contains("-"));
        Map<String, Object> types = (Map<String, Object>) spec.get("types");
        assertThat(types).containsKey("out");
        if (type.equals("sink")) {
            assertThat(types).containsKey("in");
        }
        List<String> dependencies = (List<String>) spec.get("dependencies");
        assertThat(dependencies).contains("camel:kamelet", "camel:jackson")
                .anySatisfy(dependency -> assertThat(dependency).matches("mvn:io\\.sfmcjourney:camel-sfmc-journey:\\d.+"));
    }
}
