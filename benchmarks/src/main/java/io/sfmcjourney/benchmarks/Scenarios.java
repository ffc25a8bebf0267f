package io.sfmcjourney.benchmarks;

import static io.sfmcjourney.benchmarks.BenchmarkMain.ROUND;
import static io.sfmcjourney.benchmarks.BenchmarkMain.ROUNDS;
import static io.sfmcjourney.benchmarks.BenchmarkMain.perSecond;
import static io.sfmcjourney.benchmarks.BenchmarkMain.ratio;
import static io.sfmcjourney.benchmarks.BenchmarkMain.row;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.ProcessorEndpoint;

/** P1 to P4: entry events through the component against hand-written baselines, on the in-process simulator. */
final class Scenarios {

    private static final AtomicLong CONTACTS = new AtomicLong();
    /**
     * No target: P3 batches against the co-located simulator, whose per-member work shares the 2 cores and caps the
     * gain; the batching target is judged on P3R (remote tenant).
     */
    private static final double CO_LOCATED = Double.NaN;
    static final int LIST_SIZE = 100;

    private Scenarios() {
    }

    /** Full P1 (and P1F) runs in one invocation ({@code -Dbench.p1.runs}); the target is judged on the median ratio. */
    private static final int P1_RUNS = Integer.getInteger("bench.p1.runs", 3);

    /**
     * P1: postInteractionsEvents, 16 callers: the component vs raw HttpClient 5 with a pre-fetched token. Runs three
     * (by default, {@code -Dbench.p1.runs}) full comparisons, each on a new simulator and Camel context, and reports
     * the median of their ratios.
     */
    static String p1ComponentVsRawHttpClient() throws Exception {
        return medianOfRuns("P1", "postInteractionsEvents, 16 callers: component vs raw HttpClient 5", () -> {
            try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20));
                 RawEventsClient raw = new RawEventsClient(env.simulator.restUrl(), env.fetchToken())) {
                return Comparison.run(ROUNDS,
                        () -> LoadDriver.run(16, ROUND, 1, () -> raw.fire(BenchEnvironment.event(next()))),
                        () -> singleEventCalls(env));
            }
        });
    }

    /**
     * P1F: P1 against a back end that answers in microseconds ({@link CannedBackEnd}, as the independent measurement's
     * nginx) instead of the simulator, so the client's own cost per call decides the ratio. Two reference sides in the
     * same rounds split the gap: Camel's floor makes the same raw call from a processor that a
     * {@link ProducerTemplate} reaches through a plain endpoint (exchange, unit of work, producer lookup): what any
     * Camel producer pays per exchange on top of its HTTP call, the part no component can remove; and the component's
     * call without Camel: the endpoint's own REST client, request factory and answer mapping called directly (token,
     * request, answer checks, body), i.e. what the component adds to a raw call before Camel's exchange.
     */
    static String p1fComponentVsRawHttpClientFastBackEnd() throws Exception {
        List<Comparison.Result> runs = fullRuns(() -> {
            try (CannedBackEnd backEnd = new CannedBackEnd();
                 DefaultCamelContext camel = new DefaultCamelContext();
                 RawEventsClient raw = new RawEventsClient(backEnd.baseUrl(), CannedBackEnd.TOKEN);
                 RawEventsClient rawInCamel = new RawEventsClient(backEnd.baseUrl(), CannedBackEnd.TOKEN)) {
                SfmcJourneyConfiguration configuration
                        = camel.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
                configuration.setClientId("bench-client");
                configuration.setClientSecret("bench-secret");
                configuration.setAuthUrl(backEnd.baseUrl() + "v2/token");
                camel.start();
                ProducerTemplate template = camel.createProducerTemplate();
                Endpoint events = camel.getEndpoint("sfmc-journey:postInteractionsEvents");
                Endpoint floor = new ProcessorEndpoint("floor:raw", camel, exchange -> exchange.getMessage()
                        .setBody(rawInCamel.fire(exchange.getMessage().getBody(Map.class))));
                ComponentCall withoutCamel = new ComponentCall((SfmcJourneyEndpoint) events);
                return Comparison.run(ROUNDS,
                        () -> LoadDriver.run(16, ROUND, 1, () -> raw.fire(BenchEnvironment.event(next()))),
                        () -> LoadDriver.run(16, ROUND, 1,
                                () -> template.requestBody(events, BenchEnvironment.event(next()))),
                        () -> LoadDriver.run(16, ROUND, 1,
                                () -> template.requestBody(floor, BenchEnvironment.event(next()))),
                        () -> LoadDriver.run(16, ROUND, 1, () -> withoutCamel.fire(BenchEnvironment.event(next()))));
            }
        });
        String p1f = medianRow("P1F", "postInteractionsEvents, 16 callers, back end answering in µs: component vs raw "
                                      + "HttpClient 5", runs);
        Comparison.Result middle = medianRun(runs);
        String floorRow = referenceRow("P1F floor", "Camel's floor in the same rounds: ProducerTemplate to a "
                                                    + "processor calling raw HttpClient 5", runs, middle, 0,
                "none (Camel's own cost per exchange)");
        String clientRow = referenceRow("P1F client", "the component's call without Camel in the same rounds: its "
                                                      + "REST client, request factory and answer mapping called "
                                                      + "directly", runs, middle, 1,
                "none (what the component adds before Camel)");
        return p1f + "\n" + floorRow + "\n" + clientRow;
    }

    /** A row for reference side {@code index} of P1F: its figures in the median run, its ratios to raw and component. */
    private static String referenceRow(String id, String scenario, List<Comparison.Result> runs,
                                       Comparison.Result middle, int index, String target) {
        List<Double> vsRaw = runs.stream().map(run -> run.reference(index).perSecond() / run.baseline()).toList();
        List<Double> componentVs = runs.stream().map(run -> run.component() / run.reference(index).perSecond())
                .toList();
        Comparison.Figures figures = middle.reference(index);
        return BenchmarkMain.row(id, scenario, perSecond(figures.perSecond(), "calls")
                        + cpu(figures.cpuMicros(), "calls") + allocated(figures.allocatedBytes(), "calls"),
                "(as P1F)", "vs raw " + ratio(Comparison.median(vsRaw)) + " (" + ratios(vsRaw) + "); component vs this "
                            + ratio(Comparison.median(componentVs)) + " (" + ratios(componentVs) + ")",
                target, "-");
    }

    /**
     * The component's call for one event without a Camel exchange: the endpoint's REST client, request factory and
     * answer mapping, as its producer uses them.
     */
    private static final class ComponentCall {

        private final SfmcRestClient client;
        private final SfmcRequestFactory requests;
        private final ResponseBodyMapper answers;

        ComponentCall(SfmcJourneyEndpoint endpoint) {
            this.client = endpoint.createRestClient();
            this.requests = new SfmcRequestFactory(endpoint);
            this.answers = new ResponseBodyMapper(false, null); // the endpoint's: no rawJson, no outputClass
        }

        Object fire(Map<String, Object> event) throws Exception {
            return answers.toBody(client.execute(requests.create(Map.of(), Map.of(), event)));
        }
    }

    /** One full comparison (its own environment). */
    @FunctionalInterface
    private interface FullRun {
        Comparison.Result run() throws Exception;
    }

    /** Three (by default) full runs; the row shows the run with the median ratio and every run's ratio. */
    private static String medianOfRuns(String id, String scenario, FullRun fullRun) throws Exception {
        return medianRow(id, scenario, fullRuns(fullRun));
    }

    private static List<Comparison.Result> fullRuns(FullRun fullRun) throws Exception {
        List<Comparison.Result> runs = new ArrayList<>();
        for (int run = 1; run <= P1_RUNS; run++) {
            System.out.println("  run " + run + " of " + P1_RUNS);
            Comparison.Result result = fullRun.run();
            System.out.printf(Locale.ROOT, "  run %d: ratio %.2f×, client CPU per call %.1f / %.1f µs, allocated per "
                              + "call %.0f / %.0f B%s%n", run, result.ratio(), result.baselineCpuMicros(),
                    result.componentCpuMicros(), result.baselineAllocatedBytes(), result.componentAllocatedBytes(),
                    references(result));
            runs.add(result);
        }
        return runs;
    }

    /** The reference sides of a run for its progress line: each one's rate as a ratio to the baseline, CPU, heap. */
    private static String references(Comparison.Result result) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < result.references().size(); i++) {
            Comparison.Figures figures = result.reference(i);
            text.append(String.format(Locale.ROOT, "; reference %d %.2f× the baseline, %.1f µs, %.0f B", i + 1,
                    figures.perSecond() / result.baseline(), figures.cpuMicros(), figures.allocatedBytes()));
        }
        return text.toString();
    }

    /** The run with the median ratio. */
    private static Comparison.Result medianRun(List<Comparison.Result> runs) {
        List<Comparison.Result> byRatio = new ArrayList<>(runs);
        byRatio.sort(Comparator.comparingDouble(Comparison.Result::ratio));
        return byRatio.get(byRatio.size() / 2);
    }

    private static String medianRow(String id, String scenario, List<Comparison.Result> runs) {
        long failures = runs.stream().mapToLong(Comparison.Result::failures).sum();
        String firstFailure = runs.stream().map(Comparison.Result::firstFailure).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        // the row shows the median run's rates, but a failed call in any run counts against the target
        Comparison.Result median = medianRun(runs).withFailures(failures, firstFailure);
        List<Double> each = runs.stream().map(Comparison.Result::ratio).toList();
        String how = runs.size() == 1 ? null : "median of " + runs.size() + " runs (" + ratios(each) + ")";
        return comparisonRow(id, scenario, median, "calls", 0.95, how);
    }

    private static String ratios(List<Double> values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.length() == 0 ? "" : ", ").append(ratio(value));
        }
        return text.toString();
    }

    /** One round of postInteractionsEvents through the component: 16 callers, one contact per call. */
    private static LoadDriver.Measurement singleEventCalls(BenchEnvironment env) throws InterruptedException {
        return singleEventCalls(env, 16, ROUND);
    }

    static LoadDriver.Measurement singleEventCalls(BenchEnvironment env, int callers, Duration duration)
            throws InterruptedException {
        Endpoint events = env.camel.getEndpoint("sfmc-journey:postInteractionsEvents");
        return LoadDriver.run(callers, duration, 1,
                () -> env.template.requestBody(events, BenchEnvironment.event(next())));
    }

    /** P2: the same work through a direct route: the component vs a camel-http route that adds the bearer header. */
    static String p2ComponentVsCamelHttpRoute() throws Exception {
        try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20))) {
            String token = env.fetchToken();
            env.camel.getComponent("http", HttpComponent.class).setConnectionsPerRoute(64);
            env.camel.getComponent("http", HttpComponent.class).setMaxTotalConnections(200);
            String eventsUrl = env.simulator.restUrl() + "interaction/v1/events";
            env.camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:camel-http")
                            .marshal().json()
                            .setHeader("Authorization", constant("Bearer " + token))
                            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                            .to(eventsUrl)
                            .unmarshal().json();
                    from("direct:component").to("sfmc-journey:postInteractionsEvents");
                }
            });
            Comparison.Result result = Comparison.run(ROUNDS,
                    () -> LoadDriver.run(16, ROUND, 1,
                            () -> env.template.requestBody("direct:camel-http", BenchEnvironment.event(next()))),
                    () -> LoadDriver.run(16, ROUND, 1,
                            () -> env.template.requestBody("direct:component", BenchEnvironment.event(next()))));
            return comparisonRow("P2", "same work via a direct route: component vs camel-http route + bearer header",
                    result, "calls", 1.3);
        }
    }

    /**
     * P3: contacts entered per second: single-member messages through postAsyncEvents with batchSize=100 (one
     * submitting thread, up to 2,000 messages in flight) vs postInteractionsEvents with 16 callers.
     */
    static String p3BatchEntryVsSingleEvents() throws Exception {
        try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20))) {
            env.camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:batch").to("sfmc-journey:postAsyncEvents?eventDefinitionKey="
                                            + BenchEnvironment.EVENT + "&batchSize=100&batchTimeout=200ms");
                }
            });
            AsyncProducer batch = env.camel.getEndpoint("direct:batch").createAsyncProducer();
            batch.start();
            Comparison.Result result = Comparison.run(ROUNDS,
                    () -> singleEventCalls(env),
                    () -> streamMembers(env, batch, ROUND, 2_000));
            batch.stop();
            return comparisonRow("P3", "contacts/s: batching producer (one exchange per contact, batchSize=100) vs "
                                       + "single-event calls", result, "contacts", CO_LOCATED)
                   + "\n" + p3ListModeVsSingleEvents();
        }
    }

    /**
     * P3, list mode: 16 callers each sending one exchange of 100 members to postAsyncEvents vs postInteractionsEvents
     * with 16 callers. A fresh simulator: the millions of events the first part accepted would otherwise fill the
     * simulator's ledger in this JVM's heap and slow both sides by garbage collection.
     */
    private static String p3ListModeVsSingleEvents() throws Exception {
        try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20))) {
            Endpoint lists = env.camel.getEndpoint("sfmc-journey:postAsyncEvents?eventDefinitionKey="
                                                   + BenchEnvironment.EVENT);
            System.out.println("  list mode: one exchange of " + LIST_SIZE + " members per call, 16 callers");
            Comparison.Result listResult = Comparison.run(ROUNDS,
                    () -> singleEventCalls(env),
                    () -> LoadDriver.run(16, ROUND, LIST_SIZE, () -> enterList(env, lists)));
            return comparisonRow("P3 list", "contacts/s: list mode (one exchange of 100 members) vs "
                                            + "single-event calls", listResult, "contacts", CO_LOCATED);
        }
    }

    /**
     * P4: postInteractionsEvents with 64 callers and a 5 s token lifetime: token requests per lifetime elapsed. Two
     * figures: the measured window (requests during the 20 s of load, after a warm-up round, / lifetimes in it), and
     * the whole life of the component (every request since the first, initial one / lifetimes since it).
     */
    static String p4TokenRequestsUnderLoad() throws Exception {
        Duration lifetime = Duration.ofSeconds(5);
        Duration run = ROUND.multipliedBy(4);
        long born = System.nanoTime();
        try (BenchEnvironment env = new BenchEnvironment(lifetime)) {
            singleEventCalls(env, 64, ROUND);
            long before = tokens(env);
            LoadDriver.Measurement load = singleEventCalls(env, 64, run);
            long requests = tokens(env) - before;
            long total = tokens(env);
            double lifetimes = (double) run.toMillis() / lifetime.toMillis();
            double lifetimesSinceBorn = (System.nanoTime() - born) / 1e6 / lifetime.toMillis();
            double perLifetime = requests / lifetimes;
            System.out.printf("    %d token requests in %ds (%.0f lifetimes) at %.0f calls/s, %d failed calls;"
                              + " %d in all (initial included) over %.1f lifetimes%n", requests, run.toSeconds(),
                    lifetimes, load.perSecond(), load.failures(), total, lifetimesSinceBorn);
            return row("P4", "token requests, 64 callers, token lifetime 5 s, " + run.toSeconds() + " s",
                    "-", perSecond(load.perSecond(), "calls") + ", " + load.failures() + " failed",
                    String.format(Locale.ROOT, "%d requests in %.0f lifetimes = %.2f per lifetime; whole run %d "
                                               + "(initial included) in %.1f lifetimes = %.2f", requests, lifetimes,
                            perLifetime, total, lifetimesSinceBorn, total / lifetimesSinceBorn),
                    "≤ 1 per lifetime", perLifetime <= 1.0);
        }
    }

    /** One postAsyncEvents call carrying {@value #LIST_SIZE} members; fails unless SFMC queued every one. */
    static void enterList(BenchEnvironment env, Endpoint lists) {
        List<Map<String, Object>> members = new ArrayList<>(LIST_SIZE);
        for (int i = 0; i < LIST_SIZE; i++) {
            long n = next();
            members.add(Map.of("contactKey", "contact-" + n, "data", Map.of("Email", "contact-" + n + "@example.com")));
        }
        Map<?, ?> answer = env.template.requestBody(lists, members, Map.class);
        Object notQueued = answer.get("notQueuedCount");
        if (notQueued instanceof Number number && number.intValue() != 0) {
            throw new IllegalStateException(notQueued + " members not queued");
        }
    }

    private static long tokens(BenchEnvironment env) {
        return env.simulator.counters().tokenRequests(SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_ACCOUNT_ID);
    }

    /** Sends single-member messages from one thread, at most {@code window} in flight; counts completed members. */
    static LoadDriver.Measurement streamMembers(BenchEnvironment env, AsyncProducer producer, Duration duration,
                                                       int window) throws InterruptedException {
        Semaphore slots = new Semaphore(window);
        LongAdder entered = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            slots.acquire();
            long n = next();
            Exchange exchange = new DefaultExchange(env.camel);
            exchange.getMessage().setBody(Map.of("contactKey", "contact-" + n,
                    "data", Map.of("Email", "contact-" + n + "@example.com")));
            producer.process(exchange, doneSync -> {
                if (exchange.getException() == null) {
                    entered.increment();
                } else {
                    failed.increment();
                    firstFailure.compareAndSet(null, exchange.getException().toString());
                }
                slots.release();
            });
        }
        slots.acquire(window);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadDriver.Measurement(entered.sum() / seconds, failed.sum(), firstFailure.get());
    }

    private static String comparisonRow(String id, String scenario, Comparison.Result result, String unit,
                                        double target) {
        return comparisonRow(id, scenario, result, unit, target, null);
    }

    /** As above; {@code how}, when given, says how the shown result was chosen (e.g. the median of several runs). */
    private static String comparisonRow(String id, String scenario, Comparison.Result result, String unit,
                                        double target, String how) {
        if (result.failures() > 0) {
            System.out.println("    failures: " + result.failures() + ", first: " + result.firstFailure());
        }
        String baseline = perSecond(result.baseline(), unit) + cpu(result.baselineCpuMicros(), unit)
                          + allocated(result.baselineAllocatedBytes(), unit);
        String component = perSecond(result.component(), unit) + cpu(result.componentCpuMicros(), unit)
                           + allocated(result.componentAllocatedBytes(), unit);
        String figure = ratio(result.ratio()) + (how == null ? "" : ", " + how)
                        + (result.failures() > 0 ? " (" + result.failures() + " failed calls)" : "");
        if (Double.isNaN(target)) {
            return BenchmarkMain.row(id, scenario, baseline, component, figure,
                    "none (co-located simulator; judged on P3R)", "-");
        }
        return row(id, scenario, baseline, component, figure, "≥ " + target + "×",
                result.ratio() >= target && result.failures() == 0);
    }

    /** The client CPU per unit, as a suffix of a figure; empty when not measured. */
    private static String cpu(double micros, String unit) {
        return Double.isNaN(micros) ? ""
                : String.format(Locale.ROOT, ", %.1f µs client CPU per %s", micros, unit.replaceAll("s$", ""));
    }

    private static String allocated(double bytes, String unit) {
        return Double.isNaN(bytes) ? ""
                : String.format(Locale.ROOT, ", %,.0f B allocated per %s", bytes, unit.replaceAll("s$", ""));
    }

    private static long next() {
        return CONTACTS.incrementAndGet();
    }
}
