package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** An option Camel cannot set fails the component's creation, naming the property but never a secret's value. */
class OptionBindingErrorsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CamelAutoConfiguration.class, SfmcJourneyComponentAutoConfiguration.class));

    @Test
    void aFailingOptionIsNamedWithItsCause() {
        runner.withPropertyValues("camel.component.sfmc-journey.client-id={{sfmc.undefined.client}}").run(context ->
                assertThatThrownBy(() -> context.getBean(CamelContext.class).getComponent("sfmc-journey"))
                        .rootCause().hasMessageContaining("sfmc.undefined.client"));
    }

    @Test
    void aFailingSecretOptionIsNamedWithoutItsValue() {
        runner.withPropertyValues("camel.component.sfmc-journey.client-secret=s3cr3t-{{sfmc.undefined.secret}}")
                .run(context -> assertThatThrownBy(
                        () -> context.getBean(CamelContext.class).getComponent("sfmc-journey"))
                        .rootCause().isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("camel.component.sfmc-journey.client-secret")
                        .hasMessageNotContaining("s3cr3t").hasMessageNotContaining("sfmc.undefined.secret"));
    }
}
