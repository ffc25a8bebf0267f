package io.sfmcjourney.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.model.HistoryRecord;
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
 * The measured side of P5, in a JVM of its own started with the heap cap under test ({@code -Xms128m -Xmx128m}): one
 * warm-up drain of {@value #WARMUP_RECORDS} records per side (not measured), then four full drains of the
 * {@value HistorySimulatorMain#RECORDS} records in the order raw, consumer, consumer, raw (so neither side always runs
 * on a colder or warmer simulator). Prints one line per drain and, last, {@code ROW=} and the Markdown row.
 * Argument: the simulator's base URL.
 */
public final class HistoryDrainMain {

    static final int WARMUP_RECORDS = 100_000;

    private HistoryDrainMain() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = token(base);
        rawDrain(base, token, WARMUP_RECORDS);
        consumerDrain(base, WARMUP_RECORDS, null);
        System.out.printf(Locale.ROOT, "    warm-up: %,d records per side; heap max %d MB%n", WARMUP_RECORDS,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        long[] ids = new long[HistorySimulatorMain.RECORDS];
        Drain raw1 = measure("raw paging loop", () -> rawDrain(base, token, Long.MAX_VALUE), null);
        Drain consumer1 = measure("history consumer", () -> consumerDrain(base, Long.MAX_VALUE, ids), ids);
        Drain consumer2 = measure("history consumer", () -> consumerDrain(base, Long.MAX_VALUE, ids), ids);
        Drain raw2 = measure("raw paging loop", () -> rawDrain(base, token, Long.MAX_VALUE), null);
        double rawRate = (raw1.perSecond() + raw2.perSecond()) / 2;
        double consumerRate = (consumer1.perSecond() + consumer2.perSecond()) / 2;
        double ratio = consumerRate / rawRate;
        long afterGc = Math.max(consumer1.liveHeapPeakMb(), consumer2.liveHeapPeakMb());
        long duplicates = consumer1.duplicates() + consumer2.duplicates();
        boolean complete = consumer1.records() >= HistorySimulatorMain.RECORDS
                           && consumer2.records() >= HistorySimulatorMain.RECORDS;
        boolean met = complete && duplicates == 0 && ratio >= 0.8 && afterGc <= 128;
        System.out.println("ROW=" + BenchmarkMain.row("P5",
                "history drain, 1,000,000 records, -Xmx128m: getHistory consumer (splitRecords) vs raw paging loop",
                BenchmarkMain.perSecond(rawRate, "records") + " (" + rate(raw1) + ", " + rate(raw2) + "), "
                + raw1.heap() + " / " + raw2.heap(),
                BenchmarkMain.perSecond(consumerRate, "records") + " (" + rate(consumer1) + ", " + rate(consumer2)
                + "), " + consumer1.heap() + " / " + consumer2.heap() + ", " + duplicates + " duplicates",
                BenchmarkMain.ratio(ratio), "≥ 0.8×, heap ≤ 128 MB after GC", met));
        System.exit(0);
    }

    private static String rate(Drain drain) {
        return String.format(Locale.ROOT, "%,.0f", drain.perSecond());
    }

    /** One drain: records seen, records per second, heap peak, records seen twice (consumer only). */
    private record Drain(long records, double perSecond, long heapPeakMb, long liveHeapPeakMb, long collections,
            long duplicates) {

        String heap() {
            return "heap " + heapPeakMb + " MB used / " + (collections == 0 ? "no GC ran"
                    : liveHeapPeakMb + " MB after GC (" + collections + " GCs)");
        }
    }

    @FunctionalInterface
    private interface DrainCall {
        long drain() throws Exception;
    }

    /** Runs one drain; with {@code ids}, counts the record ids the drain filled in that appear more than once. */
    private static Drain measure(String name, DrainCall call, long[] ids) throws Exception {
        System.gc();
        resetPeaks();
        long records;
        double seconds;
        try (HeapAfterGc afterGc = new HeapAfterGc()) {
            long start = System.nanoTime();
            records = call.drain();
            seconds = (System.nanoTime() - start) / 1e9;
            long duplicates = ids == null ? 0 : duplicates(ids, (int) Math.min(records, ids.length));
            Drain drain = new Drain(records, records / seconds, heapPeakBytes() / (1024 * 1024),
                    afterGc.peakBytes() / (1024 * 1024), afterGc.collections(), duplicates);
            System.out.printf(Locale.ROOT, "    %s: %d records in %.1fs (%.0f/s), %s%s%n", name, records, seconds,
                    drain.perSecond(), drain.heap(), ids == null ? "" : ", " + duplicates + " duplicates");
            return drain;
        }
    }

    /**
     * Drains with {@code from("sfmc-journey:getHistory")} as a user would write it: one exchange per record, the
     * largest page the simulator serves, first poll at once (one poll reads every page up to the count it began
     * with). Counts the records the route sees until {@code limit} (at most all {@value HistorySimulatorMain#RECORDS})
     * have arrived; with {@code ids}, keeps the low 48 bits of each record's id (the simulator's per-record part) to
     * find records seen twice.
     */
    private static long consumerDrain(String base, long limit, long[] ids) throws Exception {
        long wanted = Math.min(limit, HistorySimulatorMain.RECORDS);
        AtomicLong seen = new AtomicLong();
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
                                long n = seen.incrementAndGet();
                                if (ids != null && n <= ids.length) {
                                    ids[(int) n - 1] = UUID.fromString(exchange.getMessage()
                                            .getBody(HistoryRecord.class).getId()).getLeastSignificantBits()
                                                       & 0xFFFF_FFFF_FFFFL;
                                }
                                if (n == wanted) {
                                    all.countDown();
                                }
                            });
                }
            });
            camel.start();
            if (!all.await(15, TimeUnit.MINUTES)) {
                System.out.println("    history consumer: only " + seen.get() + " records after 15 minutes");
            }
            return seen.get();
        }
    }

    /** How many of the first {@code n} ids repeat an earlier one (sorts them in place). */
    private static long duplicates(long[] ids, int n) {
        Arrays.sort(ids, 0, n);
        long repeated = 0;
        for (int i = 1; i < n; i++) {
            if (ids[i] == ids[i - 1]) {
                repeated++;
            }
        }
        return repeated;
    }

    /** Pages through {@code GET /history} until a short page or at least {@code limit} records. */
    private static long rawDrain(String base, String token, long limit) throws Exception {
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
                if (items < HistorySimulatorMain.PAGE_SIZE || total >= limit) {
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

}
