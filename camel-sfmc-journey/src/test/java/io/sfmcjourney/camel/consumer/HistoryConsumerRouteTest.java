package io.sfmcjourney.camel.consumer;

import static io.sfmcjourney.camel.consumer.SimulatorContexts.addRecords;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.at;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contactRange;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contacts;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.countsById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The history consumers as a route sees them, in Camel's test idiom: {@code from("sfmc-journey:<history method>")} to a
 * {@link MockEndpoint}, the simulator as SFMC. Paging, restarts, faults and quirks are in {@link HistoryConsumerTest}
 * and the suites next to it.
 */
class HistoryConsumerRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SimulatorContexts.configure(context, SIM.simulator());
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (SfmcJourneyMethod method : new SfmcJourneyMethod[] {
                        SfmcJourneyMethod.getHistory, SfmcJourneyMethod.searchJourneyHistory }) {
                    from("sfmc-journey:" + method + "?initialWatermark=" + at(0)
                         + "&overlap=1m&pageSize=7&initialDelay=0&delay=1h")
                            .routeId(method.name()).autoStartup(false)
                            .to("mock:" + method);
                }
            }
        };
    }

    @ParameterizedTest
    @EnumSource(value = SfmcJourneyMethod.class, names = { "getHistory", "searchJourneyHistory" })
    void everyRecordOfEveryPageReachesTheRouteOnceAsAHistoryRecord(SfmcJourneyMethod method) throws Exception {
        addRecords(SIM.simulator(), 0, 120);
        MockEndpoint history = getMockEndpoint("mock:" + method);
        history.expectedMessageCount(120);
        history.expectedHeaderReceived(SfmcJourneyConstants.METHOD, method.name());
        history.allMessages().body().isInstanceOf(HistoryRecord.class);
        history.allMessages().header(SfmcJourneyConstants.HISTORY_RECORD_ID).isNotNull();
        history.allMessages().header(SfmcJourneyConstants.HISTORY_RECORD_TIME).isInstanceOf(java.time.Instant.class);
        history.message(0).header(SfmcJourneyConstants.HISTORY_WATERMARK)
                .isEqualTo(TimeRange.text(SimulatorContexts.BASE));

        context.getRouteController().startRoute(method.name());

        history.setResultWaitTime(TimeUnit.SECONDS.toMillis(30));
        history.assertIsSatisfied();
        assertThat(contacts(history.getReceivedExchanges())).containsExactlyInAnyOrderElementsOf(contactRange(0, 120));
        assertThat(countsById(history.getReceivedExchanges())).hasSize(120);
        assertThat(SIM.simulator().journal().requestsFor(method.name())).hasSizeGreaterThanOrEqualTo(18);
        HistoryConsumer consumer = (HistoryConsumer) context.getRoute(method.name()).getConsumer();
        // the watermark moves once the window's last exchange completed, just after the mock received it
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.getWatermark() != null);
        assertThat(consumer.getWatermark()).isAfter(SimulatorContexts.BASE.plusSeconds(119));
        assertThat(consumer.getEmittedCount()).isEqualTo(120);
    }
}
