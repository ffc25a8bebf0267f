package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcPublishFailedException;
import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The publishStatus consumer and publish-and-wait against the simulator (publishes take 200 ms there). */
class PublishStatusConsumerTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> builder
            .publishDelay(Duration.ofMillis(200)));

    static final String CONSUMER = "sfmc-journey:publishStatus?initialDelay=0&delay=20"
                                   + "&statusPollInitialDelay=50ms&statusPollMaxInterval=200ms";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<Exchange> received = SimulatorContexts.collector();
    private DefaultCamelContext context;
    private ProducerTemplate template;

    @AfterEach
    void stopContext() {
        if (context != null) {
            context.stop();
        }
    }

    private void start(SfmcSimulator sim, String consumerUri) throws Exception {
        context = SimulatorContexts.context(sim);
        if (consumerUri != null) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(consumerUri).routeId("publishes").process(exchange -> received.add(exchange.copy()));
                }
            });
        }
        context.start();
        template = context.createProducerTemplate();
    }

    /** Creates a draft journey; with a trigger it publishes, without one the simulator's rule makes it fail. */
    static Map<?, ?> createJourney(ProducerTemplate template, String key, boolean withTrigger) {
        Map<String, Object> journey = new java.util.HashMap<>(Map.of("key", key, "name", "Journey " + key,
                "workflowApiVersion", 1.0,
                "activities", List.of(Map.of("key", "WAIT-1", "name", "Wait", "type", "WAIT",
                        "outcomes", List.of()))));
        if (withTrigger) {
            journey.put("triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type", "APIEvent",
                    "metaData", Map.of("eventDefinitionKey", "event-" + key))));
        }
        return template.requestBody("sfmc-journey:postInteraction", journey, Map.class);
    }

    private Exchange publishByKey(String key, String options) {
        return template.request("sfmc-journey:publishInteractionByKey?versionNumber=1" + options,
                exchange -> exchange.getMessage().setHeader(SfmcJourneyConstants.KEY, key));
    }

    private static PublishResult result(Exchange exchange) {
        return exchange.getMessage().getBody(PublishResult.class);
    }

    @Test
    void aPublishMadeByAProducerIsFollowedUntilItCompletes() throws Exception {
        start(SIM.simulator(), CONSUMER);
        Map<?, ?> journey = createJourney(template, "welcome", true);

        Exchange publish = publishByKey("welcome", "");

        assertThat(publish.getException()).isNull();
        String statusId = publish.getMessage().getHeader(SfmcJourneyConstants.STATUS_ID, String.class);
        assertThat(statusId).isNotBlank();
        assertThat(publish.getMessage().getBody(Map.class)).containsEntry("statusId", statusId);
        await().atMost(WAIT).until(() -> !received.isEmpty());
        Exchange done = received.get(0);
        assertThat(result(done).getStatus()).isEqualTo("PublishCompleted");
        assertThat(result(done).isCompleted()).isTrue();
        assertThat(result(done).getErrors()).isEmpty();
        assertThat(done.getMessage().getHeaders())
                .containsEntry(SfmcJourneyConstants.STATUS_ID, statusId)
                .containsEntry(SfmcJourneyConstants.PUBLISH_STATUS, "PublishCompleted")
                .containsEntry(SfmcJourneyConstants.INTERACTION_KEY, "welcome")
                .containsEntry(SfmcJourneyConstants.INTERACTION_VERSION, 1)
                .containsEntry(SfmcJourneyConstants.METHOD, "publishStatus");
        Map<?, ?> published = template.requestBodyAndHeader("sfmc-journey:getInteractionByKey", null,
                SfmcJourneyConstants.KEY, "welcome", Map.class);
        assertThat(published.get("status")).isEqualTo("Published");
        assertThat(journey.get("key")).isEqualTo("welcome");
        assertThat(consumer().followedStatusIds()).isEmpty();
    }

    @Test
    void aJourneyWithoutEntrySourceEndsInErrorWithSfmcsErrors() throws Exception {
        start(SIM.simulator(), CONSUMER);
        createJourney(template, "no-entry", false);

        publishByKey("no-entry", "");

        await().atMost(WAIT).until(() -> !received.isEmpty());
        PublishResult result = result(received.get(0));
        assertThat(result.getStatus()).isEqualTo("Error");
        assertThat(result.isFailed()).isTrue();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorCode()).isEqualTo("121100");
            assertThat(error.getErrorType()).isEqualTo("Error");
        });
        assertThat(received.get(0).getMessage().getHeader(SfmcJourneyConstants.PUBLISH_STATUS)).isEqualTo("Error");
    }

    @Test
    void aStatusIdGivenAsOptionOrThroughTheTrackerIsFollowed() throws Exception {
        start(SIM.simulator(), null);
        SfmcJourneyComponent elsewhere = new SfmcJourneyComponent();
        elsewhere.setConfiguration(context.getComponent("sfmc-journey", SfmcJourneyComponent.class)
                .getConfiguration().copy());
        context.addComponent("sfmc-elsewhere", elsewhere);
        createJourney(template, "first", true);
        createJourney(template, "second", false);
        String first = template.requestBodyAndHeader("sfmc-elsewhere:publishInteractionByKey?versionNumber=1", null,
                SfmcJourneyConstants.KEY, "first", Map.class).get("statusId").toString();
        String second = template.requestBodyAndHeader("sfmc-elsewhere:publishInteractionByKey?versionNumber=1", null,
                SfmcJourneyConstants.KEY, "second", Map.class).get("statusId").toString();

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(CONSUMER + "&id=" + first).routeId("publishes")
                        .process(exchange -> received.add(exchange.copy()));
            }
        });
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getPublishRegistry().track(second);

        await().atMost(WAIT).until(() -> received.size() >= 2);
        assertThat(received).extracting(exchange -> result(exchange).getStatusId() + "=" + result(exchange).getStatus())
                .containsExactlyInAnyOrder(first + "=PublishCompleted", second + "=Error");
        assertThat(elsewhere.getPublishRegistry().listenerCount()).isZero();
    }

    @Test
    void aPublishStillInProcessAfterThePublishTimeoutEndsAsTimeout() throws Exception {
        try (SfmcSimulator slow = SfmcSimulator.builder().publishDelay(Duration.ofHours(1)).start()) {
            start(slow, CONSUMER + "&publishTimeout=300ms");
            createJourney(template, "slow", true);

            publishByKey("slow", "");

            await().atMost(WAIT).until(() -> !received.isEmpty());
            PublishResult result = result(received.get(0));
            assertThat(result.getStatus()).isEqualTo(PublishResult.TIMEOUT);
            assertThat(result.isTimedOut()).isTrue();
            assertThat(result.getJourneyKey()).isEqualTo("slow");
            assertThat(slow.journal().requestsFor("publishStatus")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(consumer().followedStatusIds()).isEmpty();
        }
    }

    @Test
    void publishAndWaitEndsTheExchangeWithTheFinalStatus() throws Exception {
        start(SIM.simulator(), null);
        createJourney(template, "waited", true);

        Exchange publish = publishByKey("waited", "&waitForPublish=true&statusPollInitialDelay=50ms");

        assertThat(publish.getException()).isNull();
        PublishResult result = result(publish);
        assertThat(result.getStatus()).isEqualTo("PublishCompleted");
        assertThat(result.getJourneyKey()).isEqualTo("waited");
        assertThat(result.getVersionNumber()).isEqualTo(1);
        assertThat(publish.getMessage().getHeader(SfmcJourneyConstants.PUBLISH_STATUS)).isEqualTo("PublishCompleted");
        assertThat(SIM.simulator().journal().requestsFor("publishStatus")).isNotEmpty();
    }

    @Test
    void publishAndWaitFailsOnErrorUnlessToldOtherwise() throws Exception {
        start(SIM.simulator(), null);
        createJourney(template, "broken", false);
        createJourney(template, "broken-too", false);

        Exchange failed = publishByKey("broken", "&waitForPublish=true&statusPollInitialDelay=50ms");
        Exchange tolerated = publishByKey("broken-too",
                "&waitForPublish=true&statusPollInitialDelay=50ms&failOnPublishError=false");

        assertThat(failed.getException()).isInstanceOfSatisfying(SfmcPublishFailedException.class, e -> {
            assertThat(e.getResult().getErrors()).extracting(issue -> issue.getErrorCode()).containsExactly("121100");
            assertThat(e.getMessage()).contains("broken").contains("ended in Error").contains("121100");
        });
        assertThat(tolerated.getException()).isNull();
        assertThat(result(tolerated).getStatus()).isEqualTo("Error");
        assertThat(result(tolerated).getErrors()).hasSize(1);
    }

    @Test
    void publishAndWaitTimesOut() throws Exception {
        try (SfmcSimulator slow = SfmcSimulator.builder().publishDelay(Duration.ofHours(1)).start()) {
            start(slow, null);
            createJourney(template, "slow", true);

            Exchange publish = publishByKey("slow",
                    "&waitForPublish=true&statusPollInitialDelay=50ms&publishTimeout=300ms");

            assertThat(publish.getException()).isInstanceOf(SfmcPublishFailedException.class)
                    .hasMessageContaining("did not finish in time");
            assertThat(result(publish).isTimedOut()).isTrue();
        }
    }

    private PublishStatusConsumer consumer() {
        return (PublishStatusConsumer) context.getRoute("publishes").getConsumer();
    }
}
