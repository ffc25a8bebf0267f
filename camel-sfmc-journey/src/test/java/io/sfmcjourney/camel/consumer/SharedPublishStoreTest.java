package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.jdbc.JdbcPublishStore;
import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.camel.publish.PublishStore;
import io.sfmcjourney.camel.publish.StartedPublish;
import io.sfmcjourney.camel.testsupport.EmbeddedPostgres;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code publishStore} option with a {@link JdbcPublishStore} on a real PostgreSQL: two nodes (contexts) share
 * it; each publish is reported once although both poll, and a publish started by a node that stopped meanwhile is
 * reported by the other.
 */
class SharedPublishStoreTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> builder
            .publishDelay(Duration.ofMillis(300)));

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** "node:statusId=status" per result reported. */
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private JdbcPublishStore store;
    private DefaultCamelContext nodeA;
    private DefaultCamelContext nodeB;

    @BeforeEach
    void sharedStore() throws Exception {
        store = new JdbcPublishStore(EmbeddedPostgres.shared().dataSource(), "publish_store_" + TABLES.incrementAndGet());
    }

    @AfterEach
    void stopNodes() {
        for (DefaultCamelContext node : new DefaultCamelContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    private DefaultCamelContext node(String name, boolean consumer) throws Exception {
        DefaultCamelContext node = SimulatorContexts.context(SIM.simulator());
        node.getRegistry().bind("store", store);
        if (consumer) {
            node.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sfmc-journey:publishStatus?publishStore=#store&initialDelay=0&delay=20&statusPollInitialDelay=50ms"
                         + "&statusPollMaxInterval=100ms")
                            .process(exchange -> {
                                PublishResult result = exchange.getMessage().getBody(PublishResult.class);
                                reported.add(name + ":" + result.getStatusId() + "=" + result.getStatus());
                            });
                }
            });
        }
        node.start();
        return node;
    }

    private static String publish(ProducerTemplate template, String key) {
        PublishStatusConsumerTest.createJourney(template, key, true);
        return template.request("sfmc-journey:publishInteractionByKey?versionNumber=1&publishStore=#store",
                exchange -> exchange.getMessage().setHeader(SfmcJourneyConstants.KEY, key))
                .getMessage().getHeader(SfmcJourneyConstants.STATUS_ID, String.class);
    }

    @Test
    void twoPollingNodesReportEachPublishOnce() throws Exception {
        nodeA = node("a", true);
        nodeB = node("b", true);
        ProducerTemplate template = nodeA.createProducerTemplate();
        List<String> statusIds = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statusIds.add(publish(template, "shared-" + i));
        }
        await().atMost(WAIT).until(() -> reported.size() >= 6 && store.pending(null).isEmpty());
        Thread.sleep(300); // polls of both nodes after the last report: none may report again
        assertThat(reported).hasSize(6);
        assertThat(reported).extracting(entry -> entry.substring(2, entry.indexOf('=')))
                .containsExactlyInAnyOrderElementsOf(statusIds);
        assertThat(reported).allMatch(entry -> entry.endsWith("=PublishCompleted"));
    }

    @Test
    void aPublishStartedByANodeThatIsGoneIsReportedByTheOther() throws Exception {
        nodeA = node("a", false);
        String statusId = publish(nodeA.createProducerTemplate(), "orphan");
        nodeA.stop();
        nodeA = null;
        assertThat(store.pending(null)).extracting(StartedPublish::statusId).containsExactly(statusId);

        nodeB = node("b", true);
        await().atMost(WAIT).until(() -> reported.size() >= 1);
        assertThat(reported).containsExactly("b:" + statusId + "=PublishCompleted");
        await().atMost(WAIT).until(() -> store.pending(null).isEmpty()); // completed once the route is done
        Map<?, ?> journey = nodeB.createProducerTemplate().requestBodyAndHeader(
                "sfmc-journey:getInteractionByKey", null, SfmcJourneyConstants.KEY, "orphan", Map.class);
        assertThat(journey.get("status")).isEqualTo("Published");
    }
}
