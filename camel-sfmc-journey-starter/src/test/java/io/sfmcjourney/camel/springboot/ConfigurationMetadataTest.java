package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.springboot.ComponentModel.Option;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

/**
 * The Spring configuration metadata offers every option of the component JSON, with its description, default, type
 * and allowed values (hints), so none goes missing or drifts when the component changes. The configuration class and
 * the hints are generated from that JSON by camel-sfmc-journey-codegen: this is the generator's check.
 */
class ConfigurationMetadataTest {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final List<String> STARTER_PROPERTIES = List.of(
            SfmcJourneyComponentConfiguration.PREFIX + ".enabled",
            SfmcJourneyComponentConfiguration.PREFIX + ".customizer.enabled");

    private final List<Option> options = ComponentModel.options();
    private final Map<String, JsonNode> properties = metadataProperties();

    @Test
    void everyComponentOptionHasAPropertyAndNothingElseIsOffered() {
        List<String> expected = new ArrayList<>(options.stream().map(Option::property).toList());
        expected.addAll(STARTER_PROPERTIES);

        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyPropertyCarriesTheComponentDescription() {
        assertThat(options).allSatisfy(option -> assertThat(text(option, "description"))
                .as(option.property()).isEqualTo(normalize(option.description())));
        assertThat(STARTER_PROPERTIES).allSatisfy(name -> assertThat(properties.get(name).path("description").asText())
                .as(name).isNotBlank());
    }

    @Test
    void everyPropertyCarriesTheComponentDefault() {
        assertThat(options).allSatisfy(option -> {
            JsonNode metadataDefault = properties.get(option.property()).get("defaultValue");
            if (option.defaultValue() == null) {
                assertThat(metadataDefault).as(option.property()).isNull();
            } else if ("duration".equals(option.type())) {
                assertThat(DurationStyle.detectAndParse(metadataDefault.asText()))
                        .as(option.property()).isEqualTo(Duration.ofMillis(Long.parseLong(option.defaultValue())));
            } else {
                assertThat(metadataDefault.asText()).as(option.property()).isEqualTo(option.defaultValue());
            }
        });
    }

    @Test
    void propertyTypesFollowTheOptionTypes() {
        assertThat(options).allSatisfy(option -> assertThat(text(option, "type"))
                .as(option.property()).isEqualTo(springType(option)));
    }

    @Test
    void enumOptionsHaveTheirValuesAsHints() {
        Map<String, List<String>> hints = new LinkedHashMap<>();
        ComponentModel.readStarterJson(METADATA).path("hints").forEach(hint -> {
            List<String> values = new ArrayList<>();
            hint.path("values").forEach(value -> values.add(value.get("value").asText()));
            hints.put(hint.get("name").asText(), values);
        });
        Map<String, List<String>> expected = options.stream().filter(option -> !option.enums().isEmpty())
                .collect(Collectors.toMap(Option::property, Option::enums));

        assertThat(hints).isEqualTo(expected);
    }

    @Test
    void everySecretOptionIsMaskedByTheActuatorSanitizer() {
        assertThat(options.stream().filter(Option::secret).map(option -> option.name().toLowerCase()))
                .containsExactlyInAnyOrderElementsOf(SecretOptions.NAMES);
    }

    private String text(Option option, String field) {
        return properties.get(option.property()).path(field).asText();
    }

    private static String springType(Option option) {
        return switch (option.type()) {
            case "duration" -> "java.time.Duration";
            case "boolean" -> "java.lang.Boolean";
            case "integer" -> "long".equals(option.javaType()) ? "java.lang.Long" : "java.lang.Integer";
            case "string" -> "java.lang.String";
            case "enum" -> option.javaType(); // java.lang.String or a Java enum
            default -> option.javaType().replace(", ", ","); // the metadata writes type arguments unspaced
        };
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static Map<String, JsonNode> metadataProperties() {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        ComponentModel.readStarterJson(METADATA).get("properties")
                .forEach(property -> properties.put(property.get("name").asText(), property));
        return properties;
    }
}
