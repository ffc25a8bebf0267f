package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.sfmcjourney.camel.springboot.app.EventRoutes;
import io.sfmcjourney.camel.springboot.app.SfmcEventsApplication;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The client secret comes from the environment ({@code ${SFMC_CLIENT_SECRET}} in application.yaml) and is never
 * shown: not by {@code /actuator/configprops} or {@code /actuator/env}, even with {@code show-values=always}, and not
 * in the log while the application starts and calls SFMC (component package at TRACE).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = SfmcEventsApplication.class,
                properties = {"management.endpoints.web.exposure.include=env,configprops,health",
                              "management.endpoint.env.show-values=always",
                              "management.endpoint.configprops.show-values=always",
                              "logging.level.io.sfmcjourney=TRACE"})
class SecretsTest {

    private static final String MASK = SanitizableData.SANITIZED_VALUE;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        StarterSimulator.register(registry);
    }

    @Autowired
    ConfigurationPropertiesReportEndpoint configprops;

    @Autowired
    EnvironmentEndpoint env;

    @Autowired
    ProducerTemplate template;

    @Test
    void theSecretComesFromTheEnvironmentVariable() {
        assertThat(env.environmentEntry("camel.component.sfmc-journey.client-secret").getPropertySources())
                .filteredOn(source -> source.getProperty() != null).singleElement()
                .satisfies(source -> assertThat(source.getProperty().getOrigin()).contains("application.yaml"));
        assertThat(System.getenv("SFMC_CLIENT_SECRET")).isEqualTo(StarterSimulator.clientSecret());
    }

    @Test
    void configpropsMasksTheClientSecretButShowsOtherOptions() {
        ConfigurationPropertiesBeanDescriptor bean = configprops
                .configurationPropertiesWithPrefix(SfmcJourneyComponentConfiguration.PREFIX).getContexts().values()
                .stream().flatMap(context -> context.getBeans().values().stream())
                .filter(descriptor -> descriptor.getPrefix().equals(SfmcJourneyComponentConfiguration.PREFIX))
                .findFirst().orElseThrow();

        assertThat(bean.getProperties()).containsEntry("clientSecret", MASK)
                .containsEntry("clientId", StarterSimulator.CLIENT_ID);
        assertThat(String.valueOf(bean.getInputs())).doesNotContain(StarterSimulator.clientSecret());
        assertThat(((Map<?, ?>) bean.getInputs().get("clientSecret")).get("value")).isEqualTo(MASK);
    }

    @Test
    void envMasksTheSecretPropertyAndTheVariableButShowsOtherOptions() {
        assertThat(env.environmentEntry("camel.component.sfmc-journey.client-secret").getProperty().getValue())
                .isEqualTo(MASK);
        assertThat(env.environmentEntry("SFMC_CLIENT_SECRET").getProperty().getValue()).isEqualTo(MASK);
        assertThat(env.environmentEntry("camel.component.sfmc-journey.client-id").getProperty().getValue())
                .isEqualTo(StarterSimulator.CLIENT_ID);
    }

    @Test
    void theLogNeverShowsTheSecret(CapturedOutput output) {
        EntryEvents.createDefinition(template, "sfmc-journey", "", "starter-secrets");
        template.sendBody(EventRoutes.FIRE_EVENT, EntryEvents.event("contact-secrets-1", "starter-secrets"));

        assertThat(output.getAll()).contains("sfmc-journey").doesNotContain(StarterSimulator.clientSecret());
    }
}
