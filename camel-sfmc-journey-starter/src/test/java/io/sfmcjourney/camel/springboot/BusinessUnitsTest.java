package io.sfmcjourney.camel.springboot;

import static io.sfmcjourney.camel.springboot.StarterSimulator.ACCOUNT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.BU2_ACCOUNT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.BU2_CLIENT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.BU2_CLIENT_SECRET;
import static io.sfmcjourney.camel.springboot.StarterSimulator.CLIENT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.SECOND_ACCOUNT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.SIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.springboot.app.SfmcEventsApplication;
import io.sfmcjourney.simulator.AcceptedEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several business units from one application: the package's other MID through the endpoint option
 * {@code accountId}, and a business unit with its own package as a second component instance
 * ({@code sfmc-journey-bu2}) created by {@link SfmcJourneyComponentFactory} from {@code sfmc.bu2.*}.
 */
@SpringBootTest(classes = {SfmcEventsApplication.class, BusinessUnitsTest.SecondBusinessUnit.class},
                properties = {"sfmc.bu2.client-id=" + BU2_CLIENT_ID, "sfmc.bu2.client-secret=" + BU2_CLIENT_SECRET,
                              "sfmc.bu2.account-id=" + BU2_ACCOUNT_ID, "sfmc.bu2.max-retries=1"})
class BusinessUnitsTest {

    /** How an application registers the second business unit. */
    @Configuration(proxyBeanMethods = false)
    static class SecondBusinessUnit {

        @Bean("sfmc-journey-bu2")
        SfmcJourneyComponent sfmcJourneyBu2(SfmcJourneyComponentFactory factory) {
            return factory.create("sfmc.bu2");
        }
    }

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        StarterSimulator.register(registry);
        registry.add("sfmc.bu2.auth-url", SIM::authUrl);
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    @Qualifier("sfmc-journey-bu2")
    SfmcJourneyComponent bu2;

    @Test
    void theSecondInstanceHasOnlyItsOwnOptions() {
        SfmcJourneyComponent main = camelContext.getComponent("sfmc-journey", SfmcJourneyComponent.class);

        assertThat(camelContext.getComponent("sfmc-journey-bu2")).isSameAs(bu2);
        assertThat(bu2.getConfiguration().getClientId()).isEqualTo(BU2_CLIENT_ID);
        assertThat(bu2.getConfiguration().getAccountId()).isEqualTo(BU2_ACCOUNT_ID);
        assertThat(bu2.getConfiguration().getMaxRetries()).isEqualTo(1);
        assertThat(main.getConfiguration().getClientId()).isEqualTo(CLIENT_ID);
        assertThat(main.getConfiguration().getMaxRetries()).isEqualTo(3);
    }

    @Test
    void callsReachThreeBusinessUnits() {
        String defaultMid = "sfmc-journey:postInteractionsEvents";
        String secondMid = "sfmc-journey:postInteractionsEvents?accountId=" + SECOND_ACCOUNT_ID;
        String otherPackage = "sfmc-journey-bu2:postInteractionsEvents";
        EntryEvents.createDefinition(template, "sfmc-journey", "", "bu-default");
        EntryEvents.createDefinition(template, "sfmc-journey", "?accountId=" + SECOND_ACCOUNT_ID, "bu-second");
        EntryEvents.createDefinition(template, "sfmc-journey-bu2", "", "bu-other-package");

        template.sendBody(defaultMid, EntryEvents.event("bu-contact-1", "bu-default"));
        template.sendBody(secondMid, EntryEvents.event("bu-contact-2", "bu-second"));
        template.sendBody(otherPackage, EntryEvents.event("bu-contact-3", "bu-other-package"));

        assertThat(SIM.acceptedEvents()).extracting(AcceptedEvent::contactKey)
                .contains("bu-contact-1", "bu-contact-2", "bu-contact-3");
        assertThat(SIM.counters().tokenRequests(CLIENT_ID, ACCOUNT_ID)).isPositive();
        assertThat(SIM.counters().tokenRequests(CLIENT_ID, SECOND_ACCOUNT_ID)).isPositive();
        assertThat(SIM.counters().tokenRequests(BU2_CLIENT_ID, BU2_ACCOUNT_ID)).isPositive();
        assertThat(SIM.counters().tokenRequests(BU2_CLIENT_ID, ACCOUNT_ID)).isZero();
    }

    @Test
    void eachBusinessUnitSeesOnlyItsOwnEventDefinitions() {
        EntryEvents.createDefinition(template, "sfmc-journey", "?accountId=" + SECOND_ACCOUNT_ID, "bu-second-only");

        assertThatThrownBy(() -> template.sendBody("sfmc-journey:postInteractionsEvents",
                EntryEvents.event("bu-contact-4", "bu-second-only")))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(SfmcJourneyApiException.class);
        template.sendBody("sfmc-journey:postInteractionsEvents?accountId=" + SECOND_ACCOUNT_ID,
                EntryEvents.event("bu-contact-5", "bu-second-only"));
        assertThat(SIM.acceptedEvents()).extracting(AcceptedEvent::contactKey)
                .contains("bu-contact-5").doesNotContain("bu-contact-4");
    }
}
