package io.sfmcjourney.camel.springboot;

import static io.sfmcjourney.camel.springboot.StarterSimulator.SIM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.springboot.app.EventRoutes;
import io.sfmcjourney.camel.springboot.app.SfmcEventsApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Beans of the application picked up by reference ({@code #bean:name}, {@code #name}, {@code #type:class}) and used
 * for real calls; a configuration bean keeps its own values where no property overrides them; a Camel placeholder
 * ({@code {{env:...}}}) supplies the secret.
 */
@SpringBootTest(classes = {SfmcEventsApplication.class, BeanReferencesTest.Beans.class},
                properties = {"camel.component.sfmc-journey.http-client-configurer=#bean:markingConfigurer",
                              "camel.component.sfmc-journey.ssl-context-parameters="
                              + "#type:org.apache.camel.support.jsse.SSLContextParameters",
                              "camel.component.sfmc-journey.configuration=#sharedConfiguration",
                              "camel.component.sfmc-journey.client-secret={{env:SFMC_CLIENT_SECRET}}"})
class BeanReferencesTest {

    static final String MARK_HEADER = "X-Starter-Configurer";

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        HttpClientConfigurer markingConfigurer() {
            return builder -> builder.addRequestInterceptorFirst(
                    (request, entity, context) -> request.addHeader(MARK_HEADER, "applied"));
        }

        @Bean
        SSLContextParameters tls() {
            return new SSLContextParameters();
        }

        @Bean
        SfmcJourneyConfiguration sharedConfiguration() {
            SfmcJourneyConfiguration configuration = new SfmcJourneyConfiguration();
            configuration.setMaxRetries(1);
            configuration.setAccountId(StarterSimulator.ACCOUNT_ID);
            return configuration;
        }
    }

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        StarterSimulator.register(registry);
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    SfmcJourneyConfiguration sharedConfiguration;

    @Autowired
    SSLContextParameters tls;

    @Test
    void theReferencedBeansAreSetOnTheComponent() {
        SfmcJourneyComponent component = component();

        assertThat(component.getConfiguration()).isSameAs(sharedConfiguration);
        assertThat(component.getSslContextParameters()).isSameAs(tls);
        assertThat(component.getHttpClientConfigurer()).isNotNull();
    }

    @Test
    void aConfigurationBeanKeepsItsValuesAndPropertiesRefineIt() {
        SfmcJourneyConfiguration configuration = component().getConfiguration();

        assertThat(configuration.getMaxRetries()).isEqualTo(1);
        assertThat(configuration.getAccountId()).isEqualTo(StarterSimulator.ACCOUNT_ID);
        assertThat(configuration.getClientId()).isEqualTo(StarterSimulator.CLIENT_ID);
        assertThat(configuration.getAuthUrl()).isEqualTo(SIM.authUrl());
    }

    @Test
    void aCamelPlaceholderSuppliesTheSecretFromTheEnvironment() {
        assertThat(component().getConfiguration().getClientSecret()).isEqualTo(StarterSimulator.clientSecret());
    }

    @Test
    void theHttpClientConfigurerShapesRealCalls() {
        EntryEvents.createDefinition(template, "sfmc-journey", "", "starter-beans");

        template.sendBody(EventRoutes.FIRE_EVENT, EntryEvents.event("contact-beans-1", "starter-beans"));

        assertThat(SIM.journal().requestsFor("postInteractionsEvents"))
                .filteredOn(request -> request.body().contains("contact-beans-1")).singleElement()
                .satisfies(request -> assertThat(request.headers()).containsEntry("x-starter-configurer", "applied"));
    }

    private SfmcJourneyComponent component() {
        return camelContext.getComponent("sfmc-journey", SfmcJourneyComponent.class);
    }
}
