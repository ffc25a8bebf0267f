package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code enabled} and {@code customizer.enabled} switches, at component and at camel.component level. */
class AutoConfigurationSwitchesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    SfmcJourneyComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.sfmc-journey.client-id=switch-client");

    @Test
    void enabledByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SfmcJourneyComponentConfiguration.class)
                    .hasSingleBean(SfmcJourneyComponentFactory.class);
            assertThat(clientIdOf(context)).isEqualTo("switch-client");
        });
    }

    @Test
    void enabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.sfmc-journey.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(SfmcJourneyComponentConfiguration.class)
                    .doesNotHaveBean(SfmcJourneyComponentFactory.class);
            assertThat(clientIdOf(context)).isNull();
        });
    }

    @Test
    void camelComponentEnabledFalseTurnsItOffToo() {
        runner.withPropertyValues("camel.component.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(SfmcJourneyComponentConfiguration.class);
            assertThat(clientIdOf(context)).isNull();
        });
    }

    @Test
    void theComponentSwitchWinsOverTheGlobalOne() {
        runner.withPropertyValues("camel.component.enabled=false", "camel.component.sfmc-journey.enabled=true")
                .run(context -> assertThat(clientIdOf(context)).isEqualTo("switch-client"));
    }

    @Test
    void customizerEnabledFalseLeavesTheComponentUnconfigured() {
        runner.withPropertyValues("camel.component.sfmc-journey.customizer.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(SfmcJourneyComponentConfiguration.class);
            assertThat(clientIdOf(context)).isNull();
        });
    }

    @Test
    void camelComponentCustomizerEnabledFalseLeavesItUnconfiguredToo() {
        runner.withPropertyValues("camel.component.customizer.enabled=false")
                .run(context -> assertThat(clientIdOf(context)).isNull());
    }

    private static String clientIdOf(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("sfmc-journey", SfmcJourneyComponent.class)
                .getConfiguration().getClientId();
    }
}
