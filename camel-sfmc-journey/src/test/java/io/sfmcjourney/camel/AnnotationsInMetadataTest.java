package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

/**
 * Nothing the annotations say is dropped from the component JSON. The JSON is written by camel-component-maven-plugin
 * 4.18.0 (4.22.0, the runtime's line, is not published), while the annotations are those of camel-api 4.22.0: every
 * attribute set on an {@code @UriPath}, {@code @UriParam} or {@code @Metadata} of an option (component, endpoint,
 * configuration class, Camel's base classes) or of a header constant must appear in the JSON with the same value. An
 * attribute this test does not know how the JSON carries (say, one added in a newer Camel) fails it, so a newer
 * annotation attribute cannot be dropped silently.
 */
class AnnotationsInMetadataTest {

    private static final String COMPONENT_JSON = "META-INF/io/sfmcjourney/camel/sfmc-journey.json";
    /** Attributes that steer the generator (which fields, which nested options) rather than describe an option. */
    private static final Set<String> STRUCTURAL = Set.of("name", "skip", "excludeProperties", "includeProperties");

    private final JsonNode json = readJson();

    @Test
    void everyComponentOptionAnnotationIsInTheJson() {
        Map<String, List<Annotation>> options = annotatedOptions(SfmcJourneyComponent.class, Metadata.class);
        assertThat(options).isNotEmpty();

        assertAllCarried(options, json.get("componentProperties"));
    }

    @Test
    void everyEndpointOptionAnnotationIsInTheJson() {
        Map<String, List<Annotation>> options = annotatedOptions(SfmcJourneyEndpoint.class, UriPath.class);
        options.putAll(annotatedOptions(SfmcJourneyEndpoint.class, UriParam.class));
        assertThat(options).containsKey("method");

        assertAllCarried(options, json.get("properties"));
    }

    @Test
    void everyHeaderAnnotationIsInTheJson() throws IllegalAccessException {
        Map<String, List<Annotation>> headers = new LinkedHashMap<>();
        for (Field field : SfmcJourneyConstants.class.getDeclaredFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            if (metadata != null && Modifier.isStatic(field.getModifiers())) {
                headers.put((String) field.get(null), List.of(metadata));
            }
        }
        assertThat(headers).isNotEmpty();

        assertAllCarried(headers, json.get("headers"));
    }

    private void assertAllCarried(Map<String, List<Annotation>> options, JsonNode jsonOptions) {
        List<String> problems = new ArrayList<>();
        options.forEach((name, annotations) -> {
            JsonNode option = jsonOptions.get(name);
            if (option == null) {
                problems.add(name + ": annotated, missing from the JSON");
                return;
            }
            for (Annotation annotation : annotations) {
                for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
                    Object value = invoke(attribute, annotation);
                    if (!Objects.deepEquals(value, attribute.getDefaultValue()) && !STRUCTURAL.contains(attribute.getName())) {
                        String problem = check(attribute.getName(), value, option);
                        if (problem != null) {
                            problems.add(name + ": @" + annotation.annotationType().getSimpleName() + "("
                                         + attribute.getName() + ") " + problem);
                        }
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Null when the JSON carries the attribute's value, else what is wrong. */
    private static String check(String attribute, Object value, JsonNode option) {
        String expected = String.valueOf(value);
        String actual;
        switch (attribute) {
            case "enums" -> {
                List<String> values = new ArrayList<>();
                option.path("enum").forEach(item -> values.add(item.asText()));
                actual = String.join(",", values);
                expected = String.join(",", Arrays.stream(expected.split(",")).map(String::trim).toList());
            }
            case "javaType" -> {
                if ("java.time.Duration".equals(expected)) {
                    actual = option.path("type").asText();
                    expected = "duration"; // the JSON keeps the field's type as javaType, duration as type
                } else {
                    actual = option.path("javaType").asText();
                }
            }
            case "description", "deprecationNote" -> {
                // the generator strips AsciiDoc backticks and states the prefix of a multi-value option
                actual = normalize(option.path(attribute).asText());
                expected = normalize(expected.replace("`", ""));
                if (option.path("multiValue").asBoolean()) {
                    expected += " This is a multi-value option with prefix: " + option.path("prefix").asText();
                }
            }
            case "enum" -> actual = null;
            default -> {
                String key = switch (attribute) {
                    case "label", "defaultValue", "secret", "required", "displayName", "autowired", "multiValue",
                         "prefix", "optionalPrefix", "important", "supportFileReference", "largeInput",
                         "inputLanguage", "title", "applicableFor" -> attribute;
                    default -> null;
                };
                if (key == null) {
                    return "= " + expected + ": the test does not know how the JSON carries this attribute";
                }
                JsonNode node = option.get(key);
                actual = node == null ? null : node.isArray() ? joined(node) : node.asText();
            }
        }
        return expected.equals(actual) ? null : "= " + expected + " but the JSON has " + actual;
    }

    private static String joined(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return String.join(",", values);
    }

    /** Option name to its annotations, over the class hierarchy, @UriParams classes flattened. */
    private static Map<String, List<Annotation>> annotatedOptions(Class<?> type, Class<? extends Annotation> marker) {
        Map<String, List<Annotation>> options = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Annotation annotation = field.getAnnotation(marker);
                if (annotation == null || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType().isAnnotationPresent(UriParams.class) && marker != Metadata.class) {
                    options.putAll(annotatedOptions(field.getType(), UriParam.class));
                    continue;
                }
                if (field.getType().isAnnotationPresent(UriParams.class)) {
                    options.putAll(annotatedOptions(field.getType(), UriParam.class));
                }
                List<Annotation> annotations = new ArrayList<>();
                annotations.add(annotation);
                Metadata metadata = field.getAnnotation(Metadata.class);
                if (metadata != null && metadata != annotation) {
                    annotations.add(metadata);
                }
                String name = String.valueOf(invoke(attributeNamed(annotation, "name"), annotation));
                options.putIfAbsent(name.isEmpty() || "null".equals(name) ? field.getName() : name, annotations);
            }
        }
        return options;
    }

    private static Method attributeNamed(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method attribute, Annotation annotation) {
        if (attribute == null) {
            return "";
        }
        try {
            return attribute.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static JsonNode readJson() {
        try (InputStream in = AnnotationsInMetadataTest.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
