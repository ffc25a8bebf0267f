package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int JOURNEYS_PER_THREAD = 5;
    private static final int EVENTS_PER_THREAD = 125;

    @Test
    void concurrentJourneyCreationAndEventFiringLoseNothing() throws Exception {
        try (SfmcSimulator simulator = SfmcSimulator.builder().publishDelay(Duration.ZERO).start()) {
            SimClient setup = new SimClient(simulator).login();
            setup.createEventDefinition("load", "N");
            setup.createJourney("load-journey", "load");
            setup.post("interactions/publishAsync/key:load-journey?versionNumber=1", null);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> work(simulator, thread)));
            }
            Set<String> instanceIds = new HashSet<>();
            for (Future<List<String>> result : results) {
                instanceIds.addAll(result.get());
            }
            pool.shutdown();

            int events = THREADS * EVENTS_PER_THREAD;
            assertThat(instanceIds).hasSize(events);
            assertThat(simulator.counters().eventsAccepted()).isEqualTo(events);
            assertThat(simulator.counters().duplicateEvents()).isZero();
            assertThat(simulator.acceptedEvents()).hasSize(events);
            JsonNode journeys = setup.get("interactions?$pageSize=500").json();
            assertThat(journeys.get("count").asInt()).isEqualTo(THREADS * JOURNEYS_PER_THREAD + 1);
            Set<String> ids = new HashSet<>();
            journeys.get("items").forEach(item -> ids.add(item.get("id").asText()));
            assertThat(ids).hasSize(THREADS * JOURNEYS_PER_THREAD + 1);
            assertThat(setup.get("history?activityType=Trigger").json().get("count").asInt()).isEqualTo(events);
            assertThat(setup.get("interactions/key:load-journey").json().get("stats").get("cumulativePopulation")
                    .asInt()).isEqualTo(events);
        }
    }

    private static List<String> work(SfmcSimulator simulator, int thread) {
        SimClient client = new SimClient(simulator).login();
        List<String> instanceIds = new ArrayList<>();
        for (int i = 0; i < EVENTS_PER_THREAD; i++) {
            if (i % (EVENTS_PER_THREAD / JOURNEYS_PER_THREAD) == 0) {
                client.createJourney("t" + thread + "-j" + i, null);
            }
            SimClient.Answer answer = client.fire("t" + thread + "-c" + i, "load", Map.of("N", Integer.toString(i)));
            assertThat(answer.status()).isEqualTo(201);
            instanceIds.add(answer.json().get("eventInstanceId").asText());
        }
        return instanceIds;
    }
}
