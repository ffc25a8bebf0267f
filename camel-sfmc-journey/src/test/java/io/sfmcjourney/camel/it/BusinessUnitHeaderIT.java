package io.sfmcjourney.camel.it;

import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header {@code CamelSfmcJourneyAccountId} sends one exchange to another business unit of the same installed
 * package: the simulator keeps state per MID, so an event definition created in one MID is unknown in the other.
 */
class BusinessUnitHeaderIT {

    private static final String OTHER_MID = "200002";

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> builder
            .client(SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_CLIENT_SECRET, OTHER_MID));

    private static final String DEFINITION = "{\"type\":\"APIEvent\",\"name\":\"%1$s\",\"eventDefinitionKey\":\"%1$s\","
                                             + "\"schema\":{\"fields\":[{\"name\":\"Email\",\"type\":\"Text\"}]}}";

    private static String event(String contactKey, String key) {
        return "{\"ContactKey\":\"" + contactKey + "\",\"EventDefinitionKey\":\"" + key + "\",\"Data\":{\"Email\":\"a@b.c\"}}";
    }

    @Test
    void headerOverridesAccountIdForOneExchangeWithItsOwnToken() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim, c -> c.getConfiguration()
                .setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID))) {
            Map<String, Object> other = Map.of(SfmcJourneyConstants.ACCOUNT_ID, OTHER_MID);
            ok(camel.send("sfmc-journey:postEventDefinition", String.format(DEFINITION, "in-default"), Map.of()));
            ok(camel.send("sfmc-journey:postEventDefinition", String.format(DEFINITION, "in-other"), other));

            Exchange inOther = camel.send("sfmc-journey:postInteractionsEvents", event("c-1", "in-other"), other);
            Exchange inOtherAgain = camel.send("sfmc-journey:postInteractionsEvents", event("c-2", "in-other"),
                    Map.of(SfmcJourneyConstants.ACCOUNT_ID, Long.parseLong(OTHER_MID)));
            Exchange otherKeyInDefault = camel.send("sfmc-journey:postInteractionsEvents", event("c-3", "in-other"),
                    Map.of());
            Exchange defaultKeyInOther = camel.send("sfmc-journey:postInteractionsEvents", event("c-4", "in-default"),
                    other);
            Exchange inDefault = camel.send("sfmc-journey:postInteractionsEvents", event("c-5", "in-default"),
                    Map.of(SfmcJourneyConstants.ACCOUNT_ID, SfmcSimulator.DEMO_ACCOUNT_ID));

            ok(inOther);
            ok(inOtherAgain);
            ok(inDefault);
            assertThat(otherKeyInDefault.getException()).isInstanceOf(SfmcJourneyApiException.class);
            assertThat(defaultKeyInOther.getException()).isInstanceOf(SfmcJourneyApiException.class);
            assertThat(sim.acceptedEvents()).extracting(e -> e.contactKey()).containsExactly("c-1", "c-2", "c-5");

            assertThat(sim.counters().tokenRequests(SfmcSimulator.DEMO_CLIENT_ID, OTHER_MID)).isEqualTo(1);
            assertThat(sim.counters().tokenRequests(SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_ACCOUNT_ID))
                    .isEqualTo(1);
            List<RecordedRequest> tokenRequests = sim.journal().requestsFor("token");
            assertThat(tokenRequests).hasSize(2).anySatisfy(r -> assertThat(r.body())
                    .contains("\"account_id\":\"" + OTHER_MID + "\""));
            assertThat(camel.component().tokenManagers()).extracting(m -> m.credentials().accountId())
                    .containsExactlyInAnyOrder(SfmcSimulator.DEMO_ACCOUNT_ID, OTHER_MID);
            for (Exchange exchange : List.of(inOther, inOtherAgain, defaultKeyInOther)) {
                assertThat(exchange.getMessage().getHeaders().toString() + exchange.getException())
                        .doesNotContain(SfmcSimulator.DEMO_CLIENT_SECRET).doesNotContain("sim.");
            }
        }
    }

    @Test
    void headerThatIsNoMidFailsBeforeAnyCall() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim, c -> { })) {
            Exchange exchange = camel.send("sfmc-journey:getInteractionCollection", null,
                    Map.of(SfmcJourneyConstants.ACCOUNT_ID, "bu-two"));

            assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(SfmcJourneyConstants.ACCOUNT_ID).hasMessageContaining("digits")
                    .hasMessageContaining("bu-two");
            assertThat(sim.journal().requestsFor("getInteractionCollection")).isEmpty();
        }
    }

    @Test
    void batchEntryRefusesAnotherBusinessUnitInsteadOfIgnoringIt() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim, c -> c.getConfiguration()
                .setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID))) {
            Exchange exchange = camel.send("sfmc-journey:postAsyncEvents?eventDefinitionKey=k",
                    "[{\"contactKey\":\"c-1\"}]", Map.of(SfmcJourneyConstants.ACCOUNT_ID, OTHER_MID));

            assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(SfmcJourneyConstants.ACCOUNT_ID + "=" + OTHER_MID)
                    .hasMessageContaining("accountId=" + OTHER_MID);
            assertThat(sim.journal().requestsFor("postAsyncEvents")).isEmpty();
        }
    }

    private static void ok(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new AssertionError("exchange failed", exchange.getException());
        }
    }
}
