package io.sfmcjourney.camel.builder.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpointBuilderFactory.AdvancedSfmcJourneyEndpointBuilder;
import io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpointBuilderFactory.AdvancedSfmcJourneyEndpointConsumerBuilder;
import io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpointBuilderFactory.AdvancedSfmcJourneyEndpointProducerBuilder;
import io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpointBuilderFactory.SfmcJourneyEndpointBuilder;
import io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpointBuilderFactory.SfmcJourneyEndpointConsumerBuilder;
import io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpointBuilderFactory.SfmcJourneyEndpointProducerBuilder;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint option of the component JSON has its builder methods, on the builder its label says (consumer,
 * producer or both; advanced or basic), with the option's Java type and a String overload; and the builders offer
 * nothing the JSON does not describe. The builder is generated from that JSON: this is the generator's check.
 */
class EndpointBuilderCoverageTest {

    private static final String COMPONENT_JSON = "META-INF/io/sfmcjourney/camel/sfmc-journey.json";
    private static final Set<String> NAVIGATION = Set.of("advanced", "basic");

    private final List<JsonOption> options = endpointOptions();

    record JsonOption(String name, String javaType, String label, boolean multiValue) {

        boolean has(String wanted) {
            return Arrays.stream(label.split(",")).anyMatch(wanted::equals);
        }
    }

    @Test
    void everyEndpointOptionHasATypedAndAStringMethodOnTheBuilderOfItsLabel() {
        assertThat(options).isNotEmpty().allSatisfy(option -> {
            for (Class<?> builder : buildersFor(option)) {
                List<Method> methods = methods(builder, option.name());
                assertThat(methods).as(option.name() + " on " + builder.getSimpleName()).isNotEmpty();
                assertThat(methods).allSatisfy(method -> assertThat(method.getReturnType()).isEqualTo(builder));
                if (option.multiValue()) {
                    continue;
                }
                assertThat(methods).as(option.name() + "(String)").anySatisfy(
                        method -> assertThat(method.getParameterTypes()).containsExactly(String.class));
                Class<?> type = javaType(option.javaType());
                assertThat(methods).as(option.name() + "(" + option.javaType() + ")").anySatisfy(
                        method -> assertThat(method.getParameterTypes()).containsExactly(type));
            }
        });
    }

    @Test
    void theBuildersOfferOnlyOptionsOfTheJson() {
        Set<String> names = new TreeSet<>();
        options.forEach(option -> names.add(option.name()));
        for (Class<?> builder : List.of(SfmcJourneyEndpointBuilder.class, AdvancedSfmcJourneyEndpointBuilder.class,
                SfmcJourneyEndpointConsumerBuilder.class, AdvancedSfmcJourneyEndpointConsumerBuilder.class,
                SfmcJourneyEndpointProducerBuilder.class, AdvancedSfmcJourneyEndpointProducerBuilder.class)) {
            assertThat(declaredMethods(builder).map(Method::getName)
                    .filter(name -> !NAVIGATION.contains(name)))
                    .as(builder.getSimpleName()).allSatisfy(name -> assertThat(names).contains(name));
        }
    }

    /** The builders an option must appear on, as Camel's endpoint DSL places options. */
    private static List<Class<?>> buildersFor(JsonOption option) {
        boolean advanced = option.has("advanced");
        List<Class<?>> builders = new ArrayList<>();
        boolean consumer = option.has("consumer");
        boolean producer = option.has("producer");
        if (consumer || !producer) {
            builders.add(advanced ? AdvancedSfmcJourneyEndpointConsumerBuilder.class
                    : SfmcJourneyEndpointConsumerBuilder.class);
        }
        if (producer || !consumer) {
            builders.add(advanced ? AdvancedSfmcJourneyEndpointProducerBuilder.class
                    : SfmcJourneyEndpointProducerBuilder.class);
        }
        if (!consumer && !producer) {
            builders.add(advanced ? AdvancedSfmcJourneyEndpointBuilder.class : SfmcJourneyEndpointBuilder.class);
        }
        return builders;
    }

    private static List<Method> methods(Class<?> builder, String name) {
        return declaredMethods(builder).filter(method -> method.getName().equals(name)).toList();
    }

    /** The methods the builder declares, without the bridges of covariant overrides. */
    private static java.util.stream.Stream<Method> declaredMethods(Class<?> builder) {
        return Arrays.stream(builder.getDeclaredMethods()).filter(method -> !method.isBridge() && !method.isSynthetic());
    }

    private static Class<?> javaType(String javaType) {
        int typeArguments = javaType.indexOf('<');
        String raw = typeArguments < 0 ? javaType : javaType.substring(0, typeArguments);
        Class<?> primitive = ObjectHelper.loadSimpleType(raw);
        if (primitive != null) {
            return primitive;
        }
        try {
            return Class.forName(raw);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(raw, e);
        }
    }

    private static List<JsonOption> endpointOptions() {
        try (InputStream in = EndpointBuilderCoverageTest.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            JsonNode json = new ObjectMapper().readTree(in);
            List<JsonOption> options = new ArrayList<>();
            json.get("properties").properties().forEach(entry -> {
                JsonNode option = entry.getValue();
                if (!"path".equals(option.path("kind").asText())) {
                    options.add(new JsonOption(entry.getKey(), option.get("javaType").asText(),
                            option.path("label").asText(), option.path("multiValue").asBoolean()));
                }
            });
            return options;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
