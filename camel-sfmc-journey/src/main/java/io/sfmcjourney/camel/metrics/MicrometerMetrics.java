package io.sfmcjourney.camel.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.camel.auth.TokenStats;
import io.sfmcjourney.camel.consumer.HistoryConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SfmcMetrics} on a Micrometer {@link MeterRegistry}. Every meter carries the tag {@code component} (the
 * component's name in the CamelContext, e.g. {@code sfmc-journey}) so that two instances of the component do not share
 * gauges. Loaded only when Micrometer is on the classpath ({@link SfmcMetricsFactory}).
 */
final class MicrometerMetrics implements SfmcMetrics {

    static final String PREFIX = "sfmc.journey.";
    /** The bean name camel-micrometer gives its registry; preferred when several registries are found. */
    static final String CAMEL_METRICS_REGISTRY = "metricsRegistry";
    static final String NONE_TAG = "none";

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerMetrics.class);

    private final MeterRegistry registry;
    private final SfmcJourneyComponent component;
    private final Tag componentTag;
    private final ConcurrentMap<Meter.Id, Meter> meters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, HistoryTotals> history = new ConcurrentHashMap<>();

    MicrometerMetrics(MeterRegistry registry, SfmcJourneyComponent component, String componentName) {
        this.registry = registry;
        this.component = component;
        this.componentTag = Tag.of("component", componentName);
        registerTokenMeters();
    }

    /** Micrometer's metrics on the MeterRegistry found in the Camel registry; NONE without one. */
    static SfmcMetrics create(SfmcJourneyComponent component) {
        MeterRegistry registry = lookup(component.getCamelContext().getRegistry());
        if (registry == null) {
            return SfmcMetrics.NONE;
        }
        return new MicrometerMetrics(registry, component, componentName(component));
    }

    /** The single MeterRegistry bean; of several, camel-micrometer's {@code metricsRegistry} or the one composite. */
    static MeterRegistry lookup(Registry beans) {
        Set<MeterRegistry> all = beans.findByType(MeterRegistry.class);
        if (all.size() == 1) {
            return all.iterator().next();
        }
        if (all.isEmpty()) {
            LOG.debug("sfmc-journey: no MeterRegistry in the registry, no metrics recorded");
            return null;
        }
        MeterRegistry named = beans.lookupByNameAndType(CAMEL_METRICS_REGISTRY, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        List<MeterRegistry> composites = all.stream().filter(CompositeMeterRegistry.class::isInstance).toList();
        if (composites.size() == 1) {
            return composites.get(0);
        }
        LOG.warn("sfmc-journey: {} MeterRegistry beans found and none is preferred; no metrics recorded. Name the one "
                 + "to use {}.", all.size(), CAMEL_METRICS_REGISTRY);
        return null;
    }

    private static String componentName(SfmcJourneyComponent component) {
        CamelContext context = component.getCamelContext();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) == component) {
                return name;
            }
        }
        return "sfmc-journey";
    }

    // ---- calls

    @Override
    public SfmcCallMetrics callStarted(String method) {
        return new Call(method, System.nanoTime());
    }

    private final class Call implements SfmcCallMetrics {
        private final String method;
        private final long startNanos;

        Call(String method, long startNanos) {
            this.method = method;
            this.startNanos = startNanos;
        }

        @Override
        public void retrying(Exception cause) {
            SfmcJourneyApiException answer = apiError(cause);
            throttled(answer);
            counter("retries", Tags.of("method", method, "status", status(cause), "errorcode", errorcode(answer)))
                    .increment();
        }

        @Override
        public void succeeded(int status) {
            finished("success", Integer.toString(status));
        }

        @Override
        public void failed(Exception failure) {
            throttled(apiError(failure));
            finished(outcome(failure), status(failure));
            if (failure instanceof SfmcOutcomeUnknownException unknown) {
                outcomeUnknown(unknown);
            }
        }

        private void throttled(SfmcJourneyApiException answer) {
            if (answer != null && answer.getStatusCode() == 429) {
                counter("throttles", Tags.of("method", method, "errorcode", errorcode(answer))).increment();
            }
        }

        private void finished(String outcome, String status) {
            Tags tags = Tags.of("method", method, "outcome", outcome, "status", status);
            meter(Timer.builder(PREFIX + "calls").tags(tags).tag(componentTag.getKey(), componentTag.getValue())
                    .description("SFMC REST calls (all attempts of one call) by method, outcome and HTTP status"),
                    b -> b.register(registry)).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        }
    }

    static String outcome(Exception failure) {
        if (failure instanceof SfmcOutcomeUnknownException) {
            return "outcome_unknown";
        }
        if (failure instanceof SfmcJourneyApiException) {
            return "api_error";
        }
        if (failure instanceof java.io.IOException) {
            return "io_error";
        }
        return "error";
    }

    static String status(Exception failure) {
        if (failure instanceof SfmcJourneyApiException api) {
            return Integer.toString(api.getStatusCode());
        }
        if (failure instanceof SfmcOutcomeUnknownException unknown && unknown.getStatusCode() != null) {
            return unknown.getStatusCode().toString();
        }
        return NONE_TAG;
    }

    static String errorcode(SfmcJourneyApiException answer) {
        return answer == null || answer.getErrorCode() == null ? NONE_TAG : answer.getErrorCode().toString();
    }

    /** The API answer behind a failure: itself, or the cause of an outcome-unknown failure. */
    static SfmcJourneyApiException apiError(Exception failure) {
        if (failure instanceof SfmcJourneyApiException api) {
            return api;
        }
        if (failure instanceof SfmcOutcomeUnknownException unknown
            && unknown.getFailure() instanceof SfmcJourneyApiException api) {
            return api;
        }
        return null;
    }

    @Override
    public void outcomeUnknown(SfmcOutcomeUnknownException failure) {
        counter("outcome.unknown", Tags.of("method", String.valueOf(failure.getMethod()))).increment();
    }

    // ---- batch entry

    @Override
    public void batchSent(int members) {
        meter(DistributionSummary.builder(PREFIX + "batch.size").baseUnit("members").tags(Tags.of(componentTag))
                .description("Members per postAsyncEvents call"), b -> b.register(registry)).record(members);
    }

    @Override
    public void batchAnswered(int queued, int notQueued) {
        members("queued", queued);
        members("not_queued", notQueued);
    }

    @Override
    public void batchFailed(int members, Exception failure) {
        members(failure instanceof SfmcOutcomeUnknownException ? "outcome_unknown" : "failed", members);
    }

    private void members(String outcome, int count) {
        counter("batch.members", Tags.of("outcome", outcome)).increment(count);
    }

    // ---- publishes

    @Override
    public void publishEnded(String method, String status, Duration duration) {
        Tags tags = Tags.of("method", method, "status", String.valueOf(status)).and(componentTag);
        meter(Timer.builder(PREFIX + "publishes").tags(tags)
                .description("Publishes followed to their end, by final status, from start to end"),
                b -> b.register(registry)).record(duration.isNegative() ? Duration.ZERO : duration);
    }

    // ---- history consumers

    @Override
    public void historyConsumerStarted(HistoryConsumer consumer) {
        String method = ((SfmcJourneyEndpoint) consumer.getEndpoint()).getMethod().name();
        history.computeIfAbsent(method, this::registerHistoryMeters).live.add(consumer);
    }

    @Override
    public void historyConsumerStopped(HistoryConsumer consumer) {
        history.values().forEach(totals -> totals.retire(consumer));
    }

    private HistoryTotals registerHistoryMeters(String method) {
        HistoryTotals totals = new HistoryTotals();
        Tags tags = Tags.of("method", method).and(componentTag);
        functionCounter("history.records.emitted", tags, totals, t -> t.sum(HistoryCount.EMITTED),
                "History records emitted to the route");
        for (HistoryCount skipped : List.of(HistoryCount.FILTERED, HistoryCount.REPEATED, HistoryCount.MISSED)) {
            functionCounter("history.records.skipped", tags.and("reason", skipped.reason), totals,
                    t -> t.sum(skipped), "History records read but not emitted, by reason");
        }
        meter(TimeGauge.builder(PREFIX + "history.lag", totals, TimeUnit.SECONDS, HistoryTotals::lagSeconds).tags(tags)
                .description("Now minus the end of the newest window read completely (largest over the consumers)"),
                b -> b.register(registry));
        return totals;
    }

    /** The counts of a history consumer that become meters. */
    private enum HistoryCount {
        EMITTED("emitted", HistoryConsumer::getEmittedCount),
        FILTERED("filtered", HistoryConsumer::getFilteredOutCount),
        REPEATED("repeated", HistoryConsumer::getRepeatedCount),
        MISSED("missed", HistoryConsumer::getMissedCount);

        private final String reason;
        private final ToLongFunction<HistoryConsumer> count;

        HistoryCount(String reason, ToLongFunction<HistoryConsumer> count) {
            this.reason = reason;
            this.count = count;
        }
    }

    /** The consumers of one method: live ones, and the counts of those stopped (counters never go back). */
    private static final class HistoryTotals {
        private final Set<HistoryConsumer> live = ConcurrentHashMap.newKeySet();
        private final Map<HistoryCount, Long> retired = new EnumMap<>(HistoryCount.class);

        synchronized double sum(HistoryCount count) {
            long total = retired.getOrDefault(count, 0L);
            for (HistoryConsumer consumer : live) {
                total += count.count.applyAsLong(consumer);
            }
            return total;
        }

        synchronized void retire(HistoryConsumer consumer) {
            if (live.remove(consumer)) {
                for (HistoryCount count : HistoryCount.values()) {
                    retired.merge(count, count.count.applyAsLong(consumer), Long::sum);
                }
            }
        }

        double lagSeconds() {
            Instant now = Instant.now();
            double lag = Double.NaN;
            for (HistoryConsumer consumer : live) {
                Instant watermark = consumer.getWatermark();
                if (watermark != null) {
                    double seconds = Duration.between(watermark, now).toMillis() / 1000.0;
                    lag = Double.isNaN(lag) ? seconds : Math.max(lag, seconds);
                }
            }
            return lag;
        }
    }

    // ---- tokens

    private void registerTokenMeters() {
        Tags success = Tags.of("outcome", "success").and(componentTag);
        Tags failure = Tags.of("outcome", "failure").and(componentTag);
        functionCounter("token.requests", success, component,
                c -> tokenSum(c, stats -> stats.tokenRequests() - stats.failedTokenRequests()),
                "Token requests, by outcome");
        functionCounter("token.requests", failure, component, c -> tokenSum(c, TokenStats::failedTokenRequests),
                "Token requests, by outcome");
        meter(TimeGauge.builder(PREFIX + "token.expiry", component, TimeUnit.SECONDS,
                MicrometerMetrics::secondsToEarliestExpiry).tags(Tags.of(componentTag))
                .description("Time until the earliest expiry of the cached, still valid tokens (NaN: none)"),
                b -> b.register(registry));
    }

    private static double tokenSum(SfmcJourneyComponent component, ToDoubleFunction<TokenStats> count) {
        double total = 0;
        for (SfmcTokenManager manager : component.tokenManagers()) {
            total += count.applyAsDouble(manager.stats());
        }
        return total;
    }

    private static double secondsToEarliestExpiry(SfmcJourneyComponent component) {
        Instant now = Instant.now();
        double earliest = Double.NaN;
        for (SfmcTokenManager manager : component.tokenManagers()) {
            Instant validUntil = manager.stats().validUntil();
            if (validUntil != null && validUntil.isAfter(now)) {
                double seconds = Duration.between(now, validUntil).toMillis() / 1000.0;
                earliest = Double.isNaN(earliest) ? seconds : Math.min(earliest, seconds);
            }
        }
        return earliest;
    }

    // ---- registration, figures, close

    private Counter counter(String name, Tags tags) {
        Tags all = tags.and(componentTag);
        return meter(Counter.builder(PREFIX + name).tags(all), b -> b.register(registry));
    }

    private <T> void functionCounter(String name, Tags tags, T state, ToDoubleFunction<T> count, String description) {
        meter(FunctionCounter.builder(PREFIX + name, state, count).tags(tags).description(description),
                b -> b.register(registry));
    }

    /** Registers (or finds) a meter and remembers it for {@link #figures()} and {@link #close()}. */
    private <B, M extends Meter> M meter(B builder, Function<B, M> register) {
        M meter = register.apply(builder);
        meters.putIfAbsent(meter.getId(), meter);
        return meter;
    }

    @Override
    public List<SfmcMeterFigure> figures() {
        List<SfmcMeterFigure> figures = new ArrayList<>();
        for (Meter meter : meters.values()) {
            Map<String, String> tags = new TreeMap<>();
            meter.getId().getTags().forEach(tag -> tags.put(tag.getKey(), tag.getValue()));
            Map<String, Double> values = new LinkedHashMap<>();
            for (Measurement measurement : meter.measure()) {
                values.put(measurement.getStatistic().getTagValueRepresentation(), measurement.getValue());
            }
            figures.add(new SfmcMeterFigure(meter.getId().getName(), tags, values));
        }
        figures.sort(Comparator.comparing(SfmcMeterFigure::name).thenComparing(f -> f.tags().toString()));
        return figures;
    }

    @Override
    public void close() {
        meters.values().forEach(registry::remove);
        meters.clear();
        history.clear();
    }

    @Override
    public String toString() {
        return "MicrometerMetrics[" + registry.getClass().getSimpleName() + ", "
               + meters.keySet().stream().map(Meter.Id::getName).distinct().collect(Collectors.joining(", ")) + "]";
    }
}
