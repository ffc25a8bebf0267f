package io.sfmcjourney.benchmarks;

import static io.sfmcjourney.benchmarks.BenchmarkMain.row;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.confirm.CallCounter;
import io.sfmcjourney.camel.confirm.EntryConfirmation;
import io.sfmcjourney.camel.model.BatchEntryMember;

/**
 * P6: the cost of confirmEntry per confirmed contact. {@value #CONTACTS} contacts enter a published journey as
 * postAsyncEvents member lists of {@value #LIST} (100 calls of 100), once without and once with
 * {@code confirmEntry=true}; the figure is the reads the confirmation added per contact (batch status and history
 * searches, counted by the simulator) and the client CPU it added per contact (CPU time of this JVM's threads other
 * than the simulator's, alive at the end: the component's, the caller's, Camel's). Target: at most one read per 50
 * contacts (one history search covers 100).
 */
final class ConfirmEntryScenario {

    static final int CONTACTS = Integer.getInteger("bench.confirm.contacts", 10_000);
    static final int LIST = 1_000;

    private ConfirmEntryScenario() {
    }

    static String p6ConfirmedEntryCost() throws Exception {
        try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20))) {
            env.template.requestBody("sfmc-journey:postInteraction", Map.of("key", "bench-journey", "name",
                    "Bench journey", "workflowApiVersion", 1.0, "entryMode", "MultipleEntries",
                    "triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type", "APIEvent",
                            "metaData", Map.of("eventDefinitionKey", BenchEnvironment.EVENT))),
                    "activities", List.of(Map.of("key", "EMAILV2-1", "name", "Welcome", "type", "EMAILV2"),
                            Map.of("key", "WAIT-1", "name", "Wait", "type", "WAIT"))));
            env.template.requestBody("sfmc-journey:publishInteractionByKey?key=bench-journey&versionNumber=1"
                                     + "&waitForPublish=true&failOnPublishError=true", (Object) null);
            String uri = "sfmc-journey:postAsyncEvents?eventDefinitionKey=" + BenchEnvironment.EVENT;
            Run plain = run(env, uri, "plain-");
            Run confirmed = run(env, uri + "&confirmEntry=true&confirmInterval=200&confirmTimeout=120000",
                    "confirmed-");
            CallCounter calls = env.camel.getComponent("sfmc-journey", SfmcJourneyComponent.class)
                    .getEntryConfirmer().calls();
            long reads = calls.historySearches() + calls.statusReads();
            double readsPerContact = (double) reads / CONTACTS;
            double cpuMicros = Math.max(0, confirmed.cpuNanos() - plain.cpuNanos()) / 1e3 / CONTACTS;
            String figure = String.format(Locale.ROOT, "%.3f reads/contact (%d history + %d status for %,d), "
                                                       + "+%.1f µs client CPU/contact, %d entered",
                    readsPerContact, calls.historySearches(), calls.statusReads(), CONTACTS, cpuMicros,
                    confirmed.entered());
            boolean met = readsPerContact <= 1.0 / 50 && confirmed.entered() == CONTACTS;
            return row("P6", "confirmEntry, " + String.format(Locale.ROOT, "%,d", CONTACTS)
                             + " contacts in member lists: cost per confirmed contact",
                    String.format(Locale.ROOT, "%.1f µs CPU/contact unconfirmed", plain.cpuNanos() / 1e3 / CONTACTS),
                    String.format(Locale.ROOT, "%.1f µs CPU/contact confirmed", confirmed.cpuNanos() / 1e3 / CONTACTS),
                    figure, "≤ 0.02 reads/contact", met);
        }
    }

    private record Run(long cpuNanos, long entered) {
    }

    private static Run run(BenchEnvironment env, String uri, String prefix) {
        long cpuBefore = clientCpuNanos();
        long entered = 0;
        for (int from = 0; from < CONTACTS; from += LIST) {
            List<BatchEntryMember> members = new ArrayList<>(LIST);
            for (int i = from; i < Math.min(CONTACTS, from + LIST); i++) {
                members.add(new BatchEntryMember(prefix + i, Map.of("Email", prefix + i + "@example.com")));
            }
            Object answer = env.template.requestBody(uri, members);
            if (answer instanceof List<?> outcomes) {
                entered += outcomes.stream().filter(o -> o instanceof EntryConfirmation c && c.entered()).count();
            }
        }
        return new Run(clientCpuNanos() - cpuBefore, entered);
    }

    /** CPU time of the live threads of this JVM that are not the simulator's. */
    private static long clientCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("sfmc-simulator")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }
}
