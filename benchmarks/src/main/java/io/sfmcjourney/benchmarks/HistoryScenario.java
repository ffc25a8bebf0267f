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
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * P5: draining 1,000,000 history records. The baseline is a raw paging loop (GET /history, 1,000 per page, items
 * counted while streaming). The component side needs the history consumer (branch {@code consumers}); until it is in
 * the build this scenario measures the baseline and reports the component side as not available.
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
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long records = rawDrain(base, token);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakMb = heapPeakBytes() / (1024 * 1024);
            System.out.printf("    raw paging loop: %d records in %.1fs, heap peak %d MB%n", records, seconds, peakMb);
            boolean consumerAvailable = consumerAvailable();
            return row("P5", "history drain, 1,000,000 records",
                    perSecond(records / seconds, "records") + ", heap peak " + peakMb + " MB (raw loop)",
                    consumerAvailable ? "see note" : "n/a: history consumer not in this build",
                    "not measured", "≥ 0.8×, heap ≤ 128 MB", false);
        } finally {
            child.getOutputStream().close();
            child.destroy();
        }
    }

    /** Whether the sfmc-journey endpoint can create a getHistory consumer in this build. */
    private static boolean consumerAvailable() {
        try (org.apache.camel.impl.DefaultCamelContext camel = new org.apache.camel.impl.DefaultCamelContext()) {
            camel.getEndpoint("sfmc-journey:getHistory?clientId=x&clientSecret=y&subdomain=z")
                    .createConsumer(exchange -> { });
            return true;
        } catch (Exception e) {
            return false;
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
