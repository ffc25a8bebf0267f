package io.sfmcjourney.camel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The meters of the component with a SimpleMeterRegistry in the Camel registry, against the simulator. */
class MicrometerMetricsTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> builder
            .publishDelay(Duration.ofMillis(50)));

    private static final String EVENT = "metrics-signup";

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private DefaultCamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        context = context(registry);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    static DefaultCamelContext context(Object meterRegistry) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(20);
        if (meterRegistry != null) {
            context.getRegistry().bind("meters", meterRegistry);
        }
        SfmcJourneyComponent component = context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
        component.getConfiguration().setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        component.getConfiguration().setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        component.getConfiguration().setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
        component.getConfiguration().setAuthUrl(SIM.simulator().authUrl());
        component.getConfiguration().setRetryInitialDelay(5);
        component.getConfiguration().setRetryMaxDelay(20);
        return context;
    }

    @Test
    void callsAreTimedByMethodOutcomeAndStatus() {
        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);
        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);
        Exchange missing = template.request("sfmc-journey:getInteraction?id=no-such-journey", exchange -> { });

        assertThat(missing.getException()).isNotNull();
        assertThat(registry.get("sfmc.journey.calls").tags("method", "getEventDefinitionCollection",
                "outcome", "success", "status", "200", "component", "sfmc-journey").timer().count()).isEqualTo(2);
        assertThat(registry.get("sfmc.journey.calls").tags("method", "getInteraction", "outcome", "api_error",
                "status", "404").timer().count()).isEqualTo(1);
        assertThat(registry.get("sfmc.journey.token.requests").tags("outcome", "success").functionCounter().count())
                .isEqualTo(1);
        double expiry = registry.get("sfmc.journey.token.expiry").timeGauge().value();
        assertThat(expiry).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20).toSeconds());
    }

    @Test
    void retriesAndThrottlesAreCountedByErrorcode() {
        SIM.simulator().faults().onlyFor("getEventDefinitionCollection").failNext(2, 429, 50200, 0);

        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);

        assertThat(registry.get("sfmc.journey.retries").tags("method", "getEventDefinitionCollection",
                "status", "429", "errorcode", "50200").counter().count()).isEqualTo(2);
        assertThat(registry.get("sfmc.journey.throttles").tags("method", "getEventDefinitionCollection",
                "errorcode", "50200").counter().count()).isEqualTo(2);
        assertThat(registry.get("sfmc.journey.calls").tags("method", "getEventDefinitionCollection",
                "outcome", "success").timer().count()).isEqualTo(1);
    }

    @Test
    void aThrottleThatRunsOutOfRetriesIsCountedOnceAsThrottleAndAsAFailedCall() {
        SIM.simulator().faults().onlyFor("getEventDefinitionCollection").failNext(1, 429, 50100, 0);

        Exchange refused = template.request("sfmc-journey:getEventDefinitionCollection?maxRetries=0", e -> { });

        assertThat(refused.getException()).isNotNull();
        assertThat(registry.get("sfmc.journey.throttles").tags("errorcode", "50100").counter().count()).isEqualTo(1);
        assertThat(registry.find("sfmc.journey.retries").counters()).isEmpty();
        assertThat(registry.get("sfmc.journey.calls").tags("outcome", "api_error", "status", "429").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aWriteThatMayHaveBeenProcessedCountsAsOutcomeUnknown() {
        SIM.simulator().faults().onlyFor("postEventDefinition").resetNextAfterProcessing(1);

        Exchange exchange = template.request("sfmc-journey:postEventDefinition",
                e -> e.getMessage().setBody(eventDefinition("reset-" + System.nanoTime())));

        assertThat(exchange.getException()).isInstanceOf(SfmcOutcomeUnknownException.class);
        assertThat(registry.get("sfmc.journey.outcome.unknown").tags("method", "postEventDefinition").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("sfmc.journey.calls").tags("method", "postEventDefinition",
                "outcome", "outcome_unknown", "status", "none").timer().count()).isEqualTo(1);
    }

    @Test
    void aFailedTokenRequestIsCounted() {
        Exchange exchange = template.request("sfmc-journey:getEventDefinitionCollection?clientId=unknown-client"
                                             + "&maxRetries=0", e -> { });

        assertThat(exchange.getException()).isNotNull();
        assertThat(registry.get("sfmc.journey.token.requests").tags("outcome", "failure").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("sfmc.journey.calls").tags("method", "getEventDefinitionCollection",
                "outcome", "api_error", "status", "401").timer().count()).isEqualTo(1);
    }

    @Test
    void batchSizesAndMemberOutcomesAreRecorded() {
        template.requestBody("sfmc-journey:postEventDefinition", eventDefinition(EVENT));
        List<BatchEntryMember> members = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            members.add(new BatchEntryMember("m-" + i, Map.<String, Object>of("Email", "m" + i + "@example.com")));
        }
        template.requestBody("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT, members);
        String withBadMember = "{\"eventDefinitionKey\":\"" + EVENT + "\",\"members\":["
                               + "{\"contactKey\":\"ok-1\",\"data\":{\"Email\":\"a@x.y\"}},"
                               + "{\"contactKey\":\"bad\",\"data\":{\"Shoe\":\"42\"}}]}";
        template.requestBody("sfmc-journey:postAsyncEvents", withBadMember);

        assertThat(registry.get("sfmc.journey.batch.size").summary().count()).isEqualTo(3);
        assertThat(registry.get("sfmc.journey.batch.size").summary().totalAmount()).isEqualTo(152);
        assertThat(registry.get("sfmc.journey.batch.size").summary().max()).isEqualTo(100);
        assertThat(registry.get("sfmc.journey.batch.members").tags("outcome", "queued").counter().count())
                .isEqualTo(151);
        assertThat(registry.get("sfmc.journey.batch.members").tags("outcome", "not_queued").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aBatchCallThatMayHaveBeenProcessedCountsItsMembersAsOutcomeUnknown() {
        template.requestBody("sfmc-journey:postEventDefinition", eventDefinition(EVENT));
        SIM.simulator().faults().onlyFor("postAsyncEvents").resetNextAfterProcessing(1);

        Exchange exchange = template.request("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT,
                e -> e.getMessage().setBody(List.of(new BatchEntryMember("u-1", Map.of()),
                        new BatchEntryMember("u-2", Map.of()))));

        assertThat(exchange.getException()).isInstanceOf(SfmcOutcomeUnknownException.class);
        assertThat(registry.get("sfmc.journey.batch.members").tags("outcome", "outcome_unknown").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("sfmc.journey.outcome.unknown").tags("method", "postAsyncEvents").counter().count())
                .isEqualTo(1);
    }

    @Test
    void historyConsumerLagEmittedAndRepeatedRecords() throws Exception {
        Instant base = Instant.now().minus(Duration.ofHours(1));
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(new HistoryEntry("h" + i, "def-1", "Journey def-1", "act-WAIT", "Wait", "WAIT", "Complete",
                    null, base.plusSeconds(i)));
        }
        SIM.simulator().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);
        List<Exchange> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // overlap of two hours: every poll reads the five records again and recognises them
                from("sfmc-journey:getHistory?lookback=2h&overlap=2h&lag=5s&initialDelay=0&delay=20").routeId("history")
                        .process(received::add);
            }
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> skipped("repeated") >= 5);

        assertThat(received).hasSize(5);
        Tag method = Tag.of("method", "getHistory");
        assertThat(registry.get("sfmc.journey.history.records.emitted").tags(List.of(method)).functionCounter()
                .count()).isEqualTo(5);
        assertThat(skipped("filtered")).isZero();
        assertThat(skipped("missed")).isZero();
        double lag = registry.get("sfmc.journey.history.lag").tags(List.of(method)).timeGauge().value();
        assertThat(lag).as("at least the lag option of 5 s").isBetween(5.0, 300.0);

        context.getRouteController().stopRoute("history");
        assertThat(registry.get("sfmc.journey.history.records.emitted").tags(List.of(method)).functionCounter()
                .count()).as("a stopped consumer's counts stay in the totals").isEqualTo(5);
        assertThat(registry.get("sfmc.journey.history.lag").tags(List.of(method)).timeGauge().value()).isNaN();
    }

    private double skipped(String reason) {
        return registry.get("sfmc.journey.history.records.skipped").tags("method", "getHistory", "reason", reason)
                .functionCounter().count();
    }

    @Test
    void publishesAreTimedByFinalStatusAndObservingMethod() throws Exception {
        createJourney("metrics-journey");
        List<Exchange> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sfmc-journey:publishStatus?initialDelay=0&delay=20&statusPollInitialDelay=20ms")
                        .process(ended::add);
            }
        });

        Exchange publish = template.request("sfmc-journey:publishInteractionByKey?versionNumber=1"
                                            + "&waitForPublish=true&statusPollInitialDelay=20ms",
                exchange -> exchange.getMessage().setHeader(SfmcJourneyConstants.KEY, "metrics-journey"));

        assertThat(publish.getException()).isNull();
        assertThat(registry.get("sfmc.journey.publishes").tags("method", "publishInteractionByKey",
                "status", "PublishCompleted").timer().count()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> !ended.isEmpty());
        assertThat(registry.get("sfmc.journey.publishes").tags("method", "publishStatus",
                "status", "PublishCompleted").timer().count()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDevConsoleShowsTheSameFigures() {
        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("sfmc-journey");

        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());

        JsonObject calls = ((JsonArray) json.get("meters")).stream().map(JsonObject.class::cast)
                .filter(meter -> "sfmc.journey.calls".equals(meter.getString("name")))
                .findFirst().orElseThrow();
        assertThat((Map<String, Object>) calls.getMap("tags")).containsEntry("method", "getEventDefinitionCollection")
                .containsEntry("outcome", "success").containsEntry("status", "200");
        double count = registry.get("sfmc.journey.calls").timer().count();
        assertThat(((Number) calls.getMap("values").get("count")).doubleValue()).isEqualTo(count).isEqualTo(1.0);
        JsonObject requests = ((JsonArray) json.get("meters")).stream().map(JsonObject.class::cast)
                .filter(meter -> "sfmc.journey.token.requests".equals(meter.getString("name"))
                                 && "success".equals(meter.getMap("tags").get("outcome")))
                .findFirst().orElseThrow();
        assertThat(((Number) requests.getMap("values").get("count")).doubleValue()).isEqualTo(1.0);
        assertThat(text).contains("Meters:").contains("sfmc.journey.calls{component=sfmc-journey, "
                                                      + "method=getEventDefinitionCollection, outcome=success, "
                                                      + "status=200} {count=1.0");
    }

    @Test
    void noMeterNamesOrTagsCarryASecretTokenOrContactKey() {
        template.requestBody("sfmc-journey:postEventDefinition", eventDefinition(EVENT));
        template.requestBody("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT,
                List.of(new BatchEntryMember("contact-key-4711", Map.of())));
        template.request("sfmc-journey:getEventDefinitionCollection?clientId=unknown-client&maxRetries=0", e -> { });

        String ids = registry.getMeters().stream().map(Meter::getId).map(Meter.Id::toString)
                .reduce("", String::concat);
        assertThat(ids).contains("sfmc.journey.calls").doesNotContain(SfmcSimulator.DEMO_CLIENT_SECRET)
                .doesNotContain("contact-key-4711").doesNotContain(EVENT).doesNotContain("unknown-client")
                .doesNotContain(SfmcSimulator.DEMO_CLIENT_ID).doesNotContain(SfmcSimulator.DEMO_ACCOUNT_ID);
    }

    @Test
    void metricsSwitchedOffRecordNothing() {
        DefaultCamelContext off = context(registry);
        off.getComponent("sfmc-journey", SfmcJourneyComponent.class).setMetricsEnabled(false);

        assertThat(metricsAfterOneCall(off)).isSameAs(SfmcMetrics.NONE);
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void ofSeveralRegistriesTheOneNamedMetricsRegistryIsUsed() {
        DefaultCamelContext several = context(registry);
        MeterRegistry chosen = new SimpleMeterRegistry();
        several.getRegistry().bind(MicrometerMetrics.CAMEL_METRICS_REGISTRY, chosen);

        List<String> recorded = new ArrayList<>();
        SfmcMetrics metrics = metricsAfterOneCall(several,
                () -> chosen.getMeters().forEach(meter -> recorded.add(meter.getId().getName())));

        assertThat(metrics).isInstanceOf(MicrometerMetrics.class);
        assertThat(recorded).contains("sfmc.journey.calls");
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void ofSeveralUnnamedRegistriesNoneIsGuessed() {
        DefaultCamelContext several = context(registry);
        several.getRegistry().bind("other", new SimpleMeterRegistry());

        assertThat(metricsAfterOneCall(several)).isSameAs(SfmcMetrics.NONE);
    }

    @Test
    void withoutARegistryNothingIsRecorded() {
        assertThat(metricsAfterOneCall(context(null))).isSameAs(SfmcMetrics.NONE);
    }

    /** Starts the context, makes one call, and answers the component's metrics before stopping it. */
    private static SfmcMetrics metricsAfterOneCall(DefaultCamelContext other) {
        return metricsAfterOneCall(other, () -> { });
    }

    /** As above, running {@code beforeStop} before the context stops (which removes the meters). */
    private static SfmcMetrics metricsAfterOneCall(DefaultCamelContext other, Runnable beforeStop) {
        other.start();
        try {
            other.createProducerTemplate().requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);
            beforeStop.run();
            return other.getComponent("sfmc-journey", SfmcJourneyComponent.class).getMetrics();
        } finally {
            other.stop();
        }
    }

    @Test
    void stoppingTheComponentRemovesItsMeters() {
        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);
        assertThat(registry.find("sfmc.journey.calls").timers()).isNotEmpty();

        context.stop();

        assertThat(registry.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("sfmc.journey."));
    }

    private static Map<String, Object> eventDefinition(String key) {
        return Map.of("type", "APIEvent", "name", "Event " + key, "eventDefinitionKey", key,
                "schema", Map.of("fields", List.of(Map.of("name", "Email", "dataType", "Text"))));
    }

    private void createJourney(String key) {
        Map<String, Object> journey = new HashMap<>(Map.of("key", key, "name", "Journey " + key,
                "workflowApiVersion", 1.0,
                "activities", List.of(Map.of("key", "WAIT-1", "name", "Wait", "type", "WAIT", "outcomes", List.of())),
                "triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type", "APIEvent",
                        "metaData", Map.of("eventDefinitionKey", "event-" + key)))));
        template.requestBody("sfmc-journey:postInteraction", journey, Map.class);
    }
}
