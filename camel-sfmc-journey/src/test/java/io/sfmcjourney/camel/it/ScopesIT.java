package io.sfmcjourney.camel.it;

import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The option {@code scope} limits the token; a method outside it fails with 403/20002, once, whatever the scope model. */
class ScopesIT {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final String EVENT = "{\"ContactKey\":\"c-1\",\"EventDefinitionKey\":\"no-such-key\"}";

    @Test
    void methodOutsideTheRequestedScopeFailsWith20002WithoutRetry() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim, c -> c.getConfiguration().setScope("journeys_read"))) {
            Exchange read = camel.send("sfmc-journey:getInteractionCollection", null, Map.of());
            Exchange fire = camel.send("sfmc-journey:postInteractionsEvents", EVENT, Map.of());

            assertThat(read.getException()).isNull();
            assertThat(fire.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> {
                assertThat(e.getStatusCode()).isEqualTo(403);
                assertThat(e.getErrorCode()).isEqualTo(20002);
            });
            assertThat(sim.journal().requestsFor("postInteractionsEvents")).hasSize(1);
            assertThat(sim.journal().requestsFor("token")).hasSize(1)
                    .allSatisfy(r -> assertThat(r.body()).contains("\"scope\":\"journeys_read\""));
        }
    }

    @ParameterizedTest
    @EnumSource(Quirks.ScopeCheck.class)
    void readOnlyTokenUnderEachScopeModel(Quirks.ScopeCheck model) {
        SfmcSimulator sim = SIM.simulator();
        sim.quirks().scopeCheck(model);
        try (CamelHarness camel = CamelHarness.start(sim, c -> c.getConfiguration().setScope("journeys_read"))) {
            Exchange fire = camel.send("sfmc-journey:postInteractionsEvents", EVENT, Map.of());

            int expected = model == Quirks.ScopeCheck.PER_ACTION ? 403 : 400;
            assertThat(fire.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class,
                    e -> assertThat(e.getStatusCode()).isEqualTo(expected));
        } finally {
            sim.quirks().scopeCheck(Quirks.ScopeCheck.PER_ACTION);
        }
    }
}
