package io.sfmcjourney.benchmarks;

import static io.sfmcjourney.benchmarks.BenchmarkMain.perSecond;
import static io.sfmcjourney.benchmarks.BenchmarkMain.row;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.model.SfmcTimestamps;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * P5: draining 1,000,000 history records. The baseline is a raw paging loop (GET /history, 1,000 per page, items
 * counted while streaming). The component side is a route {@code from("sfmc-journey:getHistory?pageSize=1000...")},
 * one exchange per record, counting records until all have been seen. Both drain the same simulator (its own JVM);
 * the heap figure of each is the sum of this JVM's heap pools' peak usage during its drain, after a GC and a peak
 * reset (live data plus garbage not yet collected, so an upper bound of what the drain needs).
 */
final class HistoryScenario {

    private HistoryScenario() {
    }

    static String p5HistoryDrain() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), HistorySimulatorMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String base = "http://127.0.0.1:" + port(child.getInputStream()) + "/";
            String token = token(base);
            Drain raw = measure("raw paging loop", () -> rawDrain(base, token));
            Drain consumer = measure("history consumer", () -> consumerDrain(base));
            double ratio = consumer.perSecond() / raw.perSecond();
            boolean met = consumer.records() >= HistorySimulatorMain.RECORDS && ratio >= 0.8
                          && consumer.liveHeapPeakMb() <= 128;
            return row("P5", "history drain, 1,000,000 records: getHistory consumer (splitRecords) vs raw paging loop",
                    perSecond(raw.perSecond(), "records") + ", " + raw.heap(),
                    perSecond(consumer.perSecond(), "records") + ", " + consumer.heap(),
                    BenchmarkMain.ratio(ratio), "≥ 0.8×, heap ≤ 128 MB", met);
        } finally {
            child.getOutputStream().close();
            child.destroy();
        }
    }

    /** One drain: records seen, records per second, heap peak. */
    private record Drain(long records, double perSecond, long heapPeakMb, long liveHeapPeakMb, long collections) {

        String heap() {
            return "heap " + heapPeakMb + " MB used / " + (collections == 0 ? "no GC ran"
                    : liveHeapPeakMb + " MB after GC (" + collections + " GCs)");
        }
    }

    @FunctionalInterface
    private interface DrainCall {
        long drain() throws Exception;
    }

    private static Drain measure(String name, DrainCall call) throws Exception {
        System.gc();
        resetPeaks();
        long records;
        double seconds;
        try (HeapAfterGc afterGc = new HeapAfterGc()) {
            long start = System.nanoTime();
            records = call.drain();
            seconds = (System.nanoTime() - start) / 1e9;
            Drain drain = new Drain(records, records / seconds, heapPeakBytes() / (1024 * 1024),
                    afterGc.peakBytes() / (1024 * 1024), afterGc.collections());
            System.out.printf("    %s: %d records in %.1fs (%.0f/s), %s%n", name, records, seconds,
                    drain.perSecond(), drain.heap());
            return drain;
        }
    }

    /**
     * Drains with {@code from("sfmc-journey:getHistory")} as a user would write it: one exchange per record, the
     * largest page the simulator serves, first poll at once (one poll reads every page up to the count it began
     * with). Counts the records the route sees until all {@value HistorySimulatorMain#RECORDS} have arrived.
     */
    private static long consumerDrain(String base) throws Exception {
        LongAdder seen = new LongAdder();
        CountDownLatch all = new CountDownLatch(1);
        String since = SfmcTimestamps.format(LocalDateTime.now(ZoneOffset.UTC).minusDays(30));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            SfmcJourneyConfiguration configuration
                    = camel.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
            configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
            configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
            configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
            configuration.setAuthUrl(base + "v2/token");
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sfmc-journey:getHistory?pageSize=" + HistorySimulatorMain.PAGE_SIZE
                         + "&initialDelay=0&delay=60000&initialWatermark=" + since)
                            .routeId("history-drain")
                            .process(exchange -> {
                                seen.increment();
                                if (seen.sum() >= HistorySimulatorMain.RECORDS) {
                                    all.countDown();
                                }
                            });
                }
            });
            camel.start();
            if (!all.await(15, TimeUnit.MINUTES)) {
                System.out.println("    history consumer: only " + seen.sum() + " records after 15 minutes");
            }
            return seen.sum();
        }
    }

    private static long rawDrain(String base, String token) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        long total = 0;
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            for (int page = 1; ; page++) {
                HttpGet get = new HttpGet(base + "interaction/v1/history?$page=" + page + "&$pageSize="
                                          + HistorySimulatorMain.PAGE_SIZE);
                get.setHeader("Authorization", "Bearer " + token);
                long items = http.execute(get, response -> {
                    try (JsonParser parser = mapper.getFactory().createParser(response.getEntity().getContent())) {
                        return countItems(parser);
                    }
                });
                total += items;
                if (items < HistorySimulatorMain.PAGE_SIZE) {
                    return total;
                }
            }
        }
    }

    /** Streams one page and counts the objects of its {@code items} array. */
    private static long countItems(JsonParser parser) throws java.io.IOException {
        long count = 0;
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("items".equals(field) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    count++;
                }
            } else {
                parser.skipChildren();
            }
        }
        return count;
    }

    private static String token(String base) throws Exception {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            HttpPost post = new HttpPost(base + "v2/token");
            post.setEntity(new StringEntity("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                                            + SfmcSimulator.DEMO_CLIENT_ID + "\",\"client_secret\":\""
                                            + SfmcSimulator.DEMO_CLIENT_SECRET + "\"}", ContentType.APPLICATION_JSON));
            return http.execute(post, response -> new ObjectMapper()
                    .readTree(EntityUtils.toByteArray(response.getEntity())).get("access_token").asText());
        }
    }

    private static String port(InputStream out) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("PORT=")) {
                return line.substring(5).trim();
            }
        }
        throw new IllegalStateException("the history simulator exited before printing its port");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since {@link #resetPeaks()} (live data plus garbage not yet collected). */
    private static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
