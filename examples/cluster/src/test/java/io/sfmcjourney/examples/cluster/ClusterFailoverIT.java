package io.sfmcjourney.examples.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sfmcjourney.examples.cluster.ClusterExample.Kill;
import io.sfmcjourney.examples.cluster.ClusterExample.Summary;
import org.junit.jupiter.api.Test;

/**
 * The fail-over proof with separate processes: the example's two {@link ClusterNode} JVMs, the active one killed with
 * SIGKILL twice while records keep arriving and publishes keep being started; every record is processed once, every
 * started publish is reported once, also by the other node. The figures go to {@code target/cluster-failover.txt}.
 */
class ClusterFailoverIT {

    @Test
    void killingTheActiveNodeTwiceLosesNoRecordAndReportsEveryPublishOnce() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Summary summary = new ClusterExample(out, Path.of("target", "cluster-failover")).run(2);
        String text = printed.toString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "cluster-failover.txt"), text + summary + System.lineSeparator());
        System.out.print(text);

        assertThat(summary.kills()).hasSize(2).extracting(Kill::killed).doesNotHaveDuplicates();
        assertThat(summary.recordsAdded()).isPositive();
        assertThat(summary.missingRecords()).as("records lost").isZero();
        assertThat(summary.recordsProcessed()).isEqualTo(summary.recordsAdded());
        assertThat(summary.processedTwice()).as("records or publish results processed twice").isZero();
        assertThat(summary.publishesStarted()).isPositive();
        assertThat(summary.publishesUnreported()).as("publishes never reported").isZero();
        assertThat(summary.crossNode()).as("publishes reported by another node than their producer's").isPositive();
        assertThat(summary.consistent()).isTrue();
        assertThat(text).contains("CONSISTENT").containsPattern("node-\\d: ACTIVE history").contains("what each node did");
    }
}
