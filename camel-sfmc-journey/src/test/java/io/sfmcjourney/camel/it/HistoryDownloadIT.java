package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journey history download (streamed, never held in memory, not bounded by maxResponseSize), its estimate and the
 * freshness call against the simulator.
 */
class HistoryDownloadIT extends SimulatorTestSupport {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    /** A long journey name makes each CSV row about 2 KB, so 50 MB need only about 25,000 records. */
    private static final String LONG_NAME = "Journey " + "x".repeat(2_000);
    private static final long MAX_RESPONSE_SIZE = 1024 * 1024;

    @TempDir
    Path tempDir;

    private final AtomicReference<Object> bodyAfterDownload = new AtomicReference<>();
    private final AtomicLong serverBytesWhenHandedOver = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).setMaxResponseSize(MAX_RESPONSE_SIZE);
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {super.createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:readAll").to("sfmc-journey:downloadJourneyHistory")
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            bodyAfterDownload.set(body);
                            serverBytesWhenHandedOver.set(sim().counters().streamedBytes());
                            try (InputStream in = (InputStream) body) {
                                bytesRead.set(in.transferTo(OutputStream.nullOutputStream()));
                            }
                        });
                from("direct:text").toD("${header.uri}").convertBodyTo(String.class);
                from("direct:readSome").to("sfmc-journey:downloadJourneyHistory")
                        .process(exchange -> {
                            try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
                                bytesRead.set(in.readNBytes(64 * 1024).length);
                            }
                            serverBytesWhenHandedOver.set(sim().counters().streamedBytes());
                        });
            }
        }};
    }

    @Test
    void fiftyMegabytesAreStreamedToTheRouteNotBuffered() {
        sim().generateHistory(SfmcSimulator.DEMO_ACCOUNT_ID, "def-big", LONG_NAME, 26_000, 100, T0,
                T0.plusSeconds(3_600));
        long expected = ((Number) okMap(SfmcJourneyMethod.estimateJourneyHistoryDownload, null)
                .get("estimatedSizeInBytes")).longValue();
        assertThat(expected).isGreaterThan(50L * 1024 * 1024);

        Exchange exchange = template.send("direct:readAll", e -> e.getMessage().setBody(null));

        assertThat(exchange.getException()).isNull();
        assertThat(bodyAfterDownload.get()).isInstanceOf(InputStream.class).isNotInstanceOf(StreamCache.class);
        assertThat(bytesRead.get()).as("bytes read by the route").isEqualTo(expected);
        assertThat(serverBytesWhenHandedOver.get())
                .as("bytes the simulator had sent when the route got the body: the producer did not read it all")
                .isLessThan(expected / 2);
        assertThat(expected).as("far above maxResponseSize, which does not apply").isGreaterThan(MAX_RESPONSE_SIZE * 40);
        RecordedRequest request = onlyRequest(SfmcJourneyMethod.downloadJourneyHistory);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/journeyhistory/download");
        assertThat(request.query()).containsEntry("format", List.of("csv"));
        assertThat(request.headers()).containsEntry("x-direct-pipe", "true");
    }

    @Test
    void closingTheStreamEarlyDropsTheConnectionInsteadOfReadingTheRest() {
        sim().generateHistory(SfmcSimulator.DEMO_ACCOUNT_ID, "def-big", LONG_NAME, 26_000, 100, T0,
                T0.plusSeconds(3_600));

        Exchange exchange = template.send("direct:readSome", e -> e.getMessage().setBody(null));

        assertThat(exchange.getException()).isNull();
        assertThat(bytesRead.get()).isEqualTo(64 * 1024);
        assertThat(serverBytesWhenHandedOver.get()).as("the rest of the 50 MB was not drained on close")
                .isLessThan(25L * 1024 * 1024);
        okMap(SfmcJourneyMethod.getJourneyHistoryFreshness, null);
    }

    @Test
    void downloadFileWritesTheColumnsAskedForAndAnswersTheFile() throws Exception {
        seedSmallHistory();
        Path target = tempDir.resolve("out/history.csv");

        Exchange exchange = callUri("sfmc-journey:downloadJourneyHistory?columns=ContactKey,Status,ActivityType"
                                    + "&downloadFile=" + target, Map.of("statuses", List.of("Failed", "Waiting")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(target.toAbsolutePath().toFile());
        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .isEqualTo("ContactKey,Status,ActivityType\r\nc-2,Failed,EMAILV2\r\nc-1,Waiting,WAIT\r\n");
        assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.DOWNLOAD_SIZE)).isEqualTo(Files.size(target));
        assertThat(tempDir.resolve("out/history.csv.part")).doesNotExist();
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).startsWith("text/csv");
    }

    @Test
    void tsvAndTheEstimateOfTheSameRequest() throws Exception {
        seedSmallHistory();

        String tsv = text("sfmc-journey:downloadJourneyHistory?format=tsv&columns=ContactKey,Status");
        Map<String, Object> estimate = asMap(callUri(
                "sfmc-journey:estimateJourneyHistoryDownload?format=tsv&columns=ContactKey,Status", null)
                .getMessage().getBody());

        assertThat(tsv).as("the Trigger row without activity name is left out, as SFMC does since Winter '25")
                .isEqualTo("ContactKey\tStatus\r\nc-1\tComplete\r\nc-2\tFailed\r\nc-1\tWaiting\r\n");
        assertThat(estimate).containsEntry("estimatedRowCount", 3)
                .containsEntry("estimatedSizeInBytes", tsv.getBytes(StandardCharsets.UTF_8).length);
        assertThat(sim().journal().requestsFor("estimateJourneyHistoryDownload")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("format", List.of("tsv"))
                        .containsEntry("columns", List.of("ContactKey,Status")));
    }

    @Test
    void aRefusedDownloadFailsBeforeAnyStream() {
        Exchange exchange = callUri("sfmc-journey:downloadJourneyHistory?columns=NoSuchColumn", null);

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getErrorCode()).isEqualTo(10005);
            assertThat(e.getMessage()).contains("downloadJourneyHistory");
        });
    }

    @Test
    void aDownloadIsAReadAndReplayedAfterAnAmbiguousFailure() throws Exception {
        seedSmallHistory();
        sim().faults().onlyFor("downloadJourneyHistory").failNext(1, 503, 50300, 0);

        assertThat(text("sfmc-journey:downloadJourneyHistory?columns=ContactKey")).startsWith("ContactKey\r\nc-1\r\n");
        assertThat(sim().journal().requestsFor("downloadJourneyHistory")).hasSize(2);
    }

    @Test
    void freshnessReportsHowFarHistoryTrails() {
        sim().quirks().historyFreshnessSeconds(1200);
        try {
            assertThat(okMap(SfmcJourneyMethod.getJourneyHistoryFreshness, null))
                    .containsEntry("freshnessInSeconds", 1200);
            assertThat(onlyRequest(SfmcJourneyMethod.getJourneyHistoryFreshness).rawPath())
                    .isEqualTo("/interaction/v1/interactions/journeyhistory/freshness");
        } finally {
            sim().quirks().historyFreshnessSeconds(0);
        }
    }

    /** The download of {@code uri}, read inside the exchange (its stream is closed when the exchange completes). */
    private String text(String uri) {
        Exchange exchange = template.send("direct:text", e -> e.getMessage().setHeader("uri", uri));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(String.class);
    }

    private void seedSmallHistory() {
        sim().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, List.of(
                new HistoryEntry("c-1", "def-a", "Journey A", "a-1", "Welcome", "EMAILV2", "Complete", null, T0),
                new HistoryEntry("c-2", "def-a", "Journey A", "a-1", "Welcome", "EMAILV2", "Failed", null,
                        T0.plusSeconds(60)),
                new HistoryEntry("c-1", "def-a", "Journey A", "a-2", "Wait", "WAIT", "Waiting", null,
                        T0.plusSeconds(120)),
                new HistoryEntry("c-3", "def-a", "Journey A", "a-0", "", "Trigger", "Complete", null,
                        T0.plusSeconds(180))));
    }
}
