package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.springboot.ComponentModel.Option;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every option of the component JSON, set as a {@code camel.component.sfmc-journey.*} property, arrives on the
 * component: read back through the component's generated configurer. Object options are set as {@code #bean:name}
 * references, {@code configuration} included, so the single options must refine that bean rather than be replaced.
 * The component JSON holds no per-call, batch or consumer option (those are endpoint-only), so neither does the
 * starter.
 */
class EveryOptionBindingTest {

    private static final SfmcJourneyConfiguration SHARED_CONFIGURATION = new SfmcJourneyConfiguration();
    private static final SSLContextParameters TLS = new SSLContextParameters();
    private static final HttpClientConfigurer CONFIGURER = builder -> { };
    private static final Map<String, Object> BEANS = Map.of(
            SfmcJourneyConfiguration.class.getName(), SHARED_CONFIGURATION,
            SSLContextParameters.class.getName(), TLS,
            HttpClientConfigurer.class.getName(), CONFIGURER);

    private final List<Option> options = ComponentModel.options();

    @Test
    void everyOptionSetAsAPropertyReachesTheComponent() {
        List<String> properties = new ArrayList<>();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (Option option : options) {
            properties.add(option.property() + "=" + propertyValue(option));
            expected.put(option.name(), expectedValue(option));
        }

        runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            SfmcJourneyComponent component
                    = context.getBean(CamelContext.class).getComponent("sfmc-journey", SfmcJourneyComponent.class);
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();

            expected.forEach((name, value) -> assertThat(getter.getOptionValue(component, name, false))
                    .as(name).isEqualTo(value));
            assertThat(component.getConfiguration()).isSameAs(SHARED_CONFIGURATION);
        });
    }

    @Test
    void theComponentIsConfiguredThroughItsGeneratedConfigurerNotByReflection() {
        runner().run(context -> {
            SfmcJourneyComponent component
                    = context.getBean(CamelContext.class).getComponent("sfmc-journey", SfmcJourneyComponent.class);

            assertThat(component.getComponentPropertyConfigurer().getClass().getName())
                    .isEqualTo("io.sfmcjourney.camel.SfmcJourneyComponentConfigurer");
        });
    }

    private static ApplicationContextRunner runner() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
                AutoConfigurations.of(CamelAutoConfiguration.class, SfmcJourneyComponentAutoConfiguration.class));
        runner = runner.withBean("sharedConfiguration", SfmcJourneyConfiguration.class, () -> SHARED_CONFIGURATION);
        runner = runner.withBean("tls", SSLContextParameters.class, () -> TLS);
        return runner.withBean("configurer", HttpClientConfigurer.class, () -> CONFIGURER);
    }

    private static String propertyValue(Option option) {
        return switch (option.type()) {
            case "string" -> "value-of-" + option.name();
            case "enum" -> option.enums().get(option.enums().size() - 1);
            case "integer" -> "long".equals(option.javaType()) ? "123456789012" : "7";
            case "boolean" -> String.valueOf(!"true".equals(option.defaultValue()));
            case "duration" -> "42s";
            case "object" -> "#bean:" + beanName(option.javaType());
            default -> throw new IllegalStateException("no test value for " + option);
        };
    }

    private static Object expectedValue(Option option) {
        return switch (option.type()) {
            case "string", "enum" -> propertyValue(option);
            case "integer" -> "long".equals(option.javaType()) ? (Object) 123456789012L : (Object) 7;
            case "boolean" -> !"true".equals(option.defaultValue());
            case "duration" -> 42_000L;
            case "object" -> BEANS.get(rawType(option.javaType()));
            default -> throw new IllegalStateException("no test value for " + option);
        };
    }

    private static String rawType(String javaType) {
        int typeArguments = javaType.indexOf('<');
        return typeArguments < 0 ? javaType : javaType.substring(0, typeArguments);
    }

    private static String beanName(String javaType) {
        return switch (rawType(javaType)) {
            case "io.sfmcjourney.camel.SfmcJourneyConfiguration" -> "sharedConfiguration";
            case "org.apache.camel.support.jsse.SSLContextParameters" -> "tls";
            case "org.apache.camel.component.http.HttpClientConfigurer" -> "configurer";
            default -> throw new IllegalStateException("no test bean of type " + javaType);
        };
    }
}
