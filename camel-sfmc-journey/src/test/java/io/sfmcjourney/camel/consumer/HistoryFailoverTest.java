package io.sfmcjourney.camel.consumer;

import static io.sfmcjourney.camel.consumer.SimulatorContexts.addRecords;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.at;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contactRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes run {@code master:sfmc-history:sfmc-journey:getHistory} with Camel's file-lock cluster service and share
 * the watermark (FileStateRepository) and the processed ids (FileIdempotentRepository): one node polls at a time, and
 * when it stops mid-stream the other takes over without losing or repeating a record.
 */
class HistoryFailoverTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** "node:contact" per record processed, in processing order. */
    private final List<String> processed = new CopyOnWriteArrayList<>();
    private DefaultCamelContext nodeA;
    private DefaultCamelContext nodeB;

    @AfterEach
    void stopNodes() {
        for (DefaultCamelContext node : new DefaultCamelContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    private DefaultCamelContext node(String name) throws Exception {
        DefaultCamelContext node = SimulatorContexts.context(SIM.simulator());
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(dir.resolve("cluster").toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        node.addService(cluster);
        File watermarks = dir.resolve("watermarks.dat").toFile();
        File ids = dir.resolve("processed-ids.dat").toFile();
        node.getRegistry().bind("watermarks", FileStateRepository.fileStateRepository(watermarks));
        node.getRegistry().bind("processedIds", FileIdempotentRepository.fileIdempotentRepository(ids));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:sfmc-history:sfmc-journey:getHistory?initialWatermark=" + at(0)
                     + "&overlap=96h&pageSize=20&initialDelay=0&delay=20"
                     + "&watermarkRepository=#watermarks&idempotentRepository=#processedIds")
                        .routeId("history-" + name)
                        .process(exchange -> {
                            Thread.sleep(5);
                            String contact = exchange.getMessage().getBody(HistoryRecord.class).getContactKey();
                            SimulatorContexts.onSuccess(exchange, () -> processed.add(name + ":" + contact));
                        });
            }
        });
        node.start();
        return node;
    }

    @Test
    void whenTheLeaderStopsMidStreamTheOtherNodeContinuesWithoutLossOrRepetition() throws Exception {
        addRecords(SIM.simulator(), 0, 150);
        nodeA = node("a");
        await().atMost(WAIT).until(() -> processed.size() >= 10);
        nodeB = node("b");
        await().atMost(WAIT).until(() -> processed.size() >= 40);
        assertThat(processed).allMatch(entry -> entry.startsWith("a:"), "only the leader polls");

        nodeA.stop();
        int byA = processed.size();
        assertThat(byA).isLessThan(150);
        addRecords(SIM.simulator(), 150, 180);

        await().atMost(WAIT).until(() -> processed.size() >= 180);
        int requests = SIM.simulator().journal().requestsFor("getHistory").size();
        await().atMost(WAIT).until(() -> SIM.simulator().journal().requestsFor("getHistory").size() > requests + 10);
        assertThat(processed.subList(0, byA)).allMatch(entry -> entry.startsWith("a:"));
        assertThat(processed.subList(byA, processed.size())).allMatch(entry -> entry.startsWith("b:"));
        assertThat(processed.stream().map(entry -> entry.substring(2)).toList())
                .containsExactlyInAnyOrderElementsOf(contactRange(0, 180));
    }
}
