package io.sfmcjourney.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The generators derive everything from the JSON: option kinds the component does not use today (Java enums, numbers,
 * deprecated and multi-value options, generic object types) come out right as well, so a change of the component's
 * options needs no change here.
 */
class GeneratorsTest {

    private static final String JSON = """
            {
              "component": { "kind": "component", "name": "demo-thing", "title": "Demo Thing",
                "description": "A demo component.", "javaType": "com.example.camel.DemoThingComponent",
                "groupId": "com.example", "artifactId": "camel-demo-thing", "version": "1.0",
                "scheme": "demo-thing", "syntax": "demo-thing:name", "consumerOnly": false, "producerOnly": false },
              "componentProperties": {
                "host": { "kind": "property", "label": "common", "type": "string", "javaType": "java.lang.String",
                  "description": "The host, e.g. */ end of comment" },
                "level": { "kind": "property", "label": "advanced", "type": "enum",
                  "javaType": "org.apache.camel.LoggingLevel", "enum": ["DEBUG", "INFO"], "defaultValue": "INFO",
                  "description": "Log level." },
                "mode": { "kind": "property", "label": "producer", "type": "enum", "javaType": "java.lang.String",
                  "enum": ["fast", "safe"], "defaultValue": "safe", "description": "Mode." },
                "ratio": { "kind": "property", "label": "producer", "type": "number", "javaType": "double",
                  "defaultValue": "0.5", "description": "Ratio." },
                "size": { "kind": "property", "label": "producer", "type": "integer", "javaType": "long",
                  "defaultValue": "10", "description": "Size." },
                "wait": { "kind": "property", "label": "producer", "type": "duration", "javaType": "long",
                  "defaultValue": "1500", "description": "Wait." },
                "on": { "kind": "property", "label": "common", "type": "boolean", "javaType": "boolean",
                  "defaultValue": true, "description": "On." },
                "password": { "kind": "property", "label": "security", "type": "string",
                  "javaType": "java.lang.String", "secret": true, "description": "Password." },
                "store": { "kind": "property", "label": "advanced", "type": "object",
                  "javaType": "org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>",
                  "description": "Store." },
                "anything": { "kind": "property", "label": "advanced", "type": "object",
                  "javaType": "java.lang.Object", "description": "Anything." },
                "old": { "kind": "property", "label": "common", "type": "string", "javaType": "java.lang.String",
                  "deprecated": true, "deprecationNote": "Use host", "description": "Old." }
              },
              "properties": {
                "name": { "kind": "path", "label": "common", "type": "string", "javaType": "java.lang.String",
                  "required": true, "description": "The name." },
                "host": { "kind": "parameter", "label": "common", "type": "string", "javaType": "java.lang.String",
                  "description": "The host." },
                "pollSize": { "kind": "parameter", "label": "consumer", "type": "integer", "javaType": "int",
                  "description": "Poll size." },
                "level": { "kind": "parameter", "label": "producer,advanced", "type": "enum",
                  "javaType": "org.apache.camel.LoggingLevel", "enum": ["DEBUG", "INFO"], "description": "Level." },
                "schedulerProperties": { "kind": "parameter", "label": "consumer,scheduler", "type": "object",
                  "javaType": "java.util.Map<java.lang.String, java.lang.Object>", "prefix": "scheduler.",
                  "multiValue": true, "description": "Scheduler properties." }
              }
            }
            """;

    private final ComponentModel model = ComponentModel.parse(readTree());

    @Test
    void theModelNamesFollowTheComponent() {
        assertThat(model.typePrefix()).isEqualTo("DemoThing");
        assertThat(model.schemeMethodName()).isEqualTo("demoThing");
        assertThat(model.javaPackage()).isEqualTo("com.example.camel");
        assertThat(ComponentModel.dashed("tokenRefreshMargin")).isEqualTo("token-refresh-margin");
    }

    @Test
    void theStarterConfigurationHasOneTypedFieldWithDefaultPerComponentOption() {
        String source = new StarterGenerator(model).configuration();

        assertThat(source)
                .contains("@Generated(\"io.sfmcjourney.codegen.StarterGenerator\")")
                .contains("package com.example.camel.springboot;")
                .contains("public class DemoThingComponentConfiguration extends ComponentConfigurationPropertiesCommon")
                .contains("PREFIX = \"camel.component.demo-thing\"")
                .contains("private String host;")
                .contains("The host, e.g. *&#47; end of comment")
                .contains("private org.apache.camel.LoggingLevel level = org.apache.camel.LoggingLevel.INFO;")
                .contains("private String mode = \"safe\";")
                .contains("private Double ratio = 0.5D;")
                .contains("private Long size = 10L;")
                .contains("private Duration wait = Duration.ofMillis(1500);")
                .contains("private Boolean on = true;")
                .contains("private org.apache.camel.spi.StateRepository<String, String> store;")
                .contains("public void setWait(Duration wait)")
                .contains("DeprecatedConfigurationProperty(reason = \"Use host\")");
    }

    @Test
    void theStarterKnowsTheSecretsAndTheBeanTypes() {
        String source = new StarterGenerator(model).optionsClass();

        assertThat(source).contains("SECRET_OPTIONS = List.of(\"password\")")
                .contains("org.apache.camel.spi.StateRepository.class")
                .doesNotContain("java.lang.Object.class");
    }

    @Test
    void everyOptionWithFixedValuesHasAHint() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(new StarterGenerator(model).additionalMetadata());

        assertThat(metadata.get("hints")).hasSize(2);
        assertThat(metadata.get("hints").get(0).get("name").asText()).isEqualTo("camel.component.demo-thing.level");
        assertThat(metadata.get("hints").get(1).get("values").get(1).get("value").asText()).isEqualTo("safe");
        assertThat(metadata.get("properties").get(0).get("name").asText())
                .isEqualTo("camel.component.demo-thing.enabled");
    }

    @Test
    void theEndpointBuilderPlacesOptionsByLabelWithTypedAndTextSetters() {
        String source = new EndpointDslGenerator(model).factory();
        String consumer = section(source, "interface DemoThingEndpointConsumerBuilder",
                "interface AdvancedDemoThingEndpointConsumerBuilder");
        String advancedProducer = section(source, "interface AdvancedDemoThingEndpointProducerBuilder",
                "interface DemoThingEndpointBuilder");

        assertThat(consumer).contains("DemoThingEndpointConsumerBuilder host(String host)")
                .contains("DemoThingEndpointConsumerBuilder pollSize(int pollSize)")
                .contains("DemoThingEndpointConsumerBuilder pollSize(String pollSize)")
                .contains("schedulerProperties(String key, Object value)")
                .doesNotContain("level(");
        assertThat(advancedProducer).contains("level(org.apache.camel.LoggingLevel level)")
                .contains("level(String level)");
        assertThat(source).contains("return DemoThingEndpointBuilderFactory.endpointBuilder(\"demo-thing\", path);");
        assertThat(new EndpointDslGenerator(model).staticEntry())
                .contains("public static DemoThingEndpointBuilderFactory.DemoThingEndpointBuilder demoThing(String path)");
    }

    private static String section(String source, String from, String to) {
        int start = source.indexOf(from);
        return source.substring(start, source.indexOf(to, start));
    }

    private static JsonNode readTree() {
        try {
            return new ObjectMapper().readTree(JSON);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
