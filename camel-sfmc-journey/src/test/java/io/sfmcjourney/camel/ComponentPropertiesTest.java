package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code META-INF/services/org/apache/camel/component.properties}, which Camel's catalog tooling reads to find the
 * components of a jar, names this jar's component and its Maven coordinates as the component JSON does.
 */
class ComponentPropertiesTest {

    @Test
    void componentPropertiesAgreeWithTheComponentJson() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/services/org/apache/camel/component.properties")) {
            properties.load(in);
        }
        JsonNode component;
        try (InputStream in = resource("META-INF/io/sfmcjourney/camel/sfmc-journey.json")) {
            component = new ObjectMapper().readTree(in).get("component");
        }

        assertThat(properties.getProperty("components")).isEqualTo(component.get("scheme").asText());
        assertThat(properties.getProperty("groupId")).isEqualTo(component.get("groupId").asText());
        assertThat(properties.getProperty("artifactId")).isEqualTo(component.get("artifactId").asText());
        assertThat(properties.getProperty("version")).isEqualTo(component.get("version").asText());
        assertThat(properties.getProperty("projectName")).isNotBlank().doesNotContain("${");
        assertThat(properties.getProperty("projectDescription")).isNotBlank().doesNotContain("${");
    }

    private static InputStream resource(String name) {
        InputStream in = ComponentPropertiesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
