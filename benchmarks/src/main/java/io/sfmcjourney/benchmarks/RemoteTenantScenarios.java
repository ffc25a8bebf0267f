package io.sfmcjourney.benchmarks;

import static io.sfmcjourney.benchmarks.BenchmarkMain.ROUND;
import static io.sfmcjourney.benchmarks.BenchmarkMain.ROUNDS;
import static io.sfmcjourney.benchmarks.BenchmarkMain.perSecond;
import static io.sfmcjourney.benchmarks.BenchmarkMain.ratio;
import static io.sfmcjourney.benchmarks.BenchmarkMain.row;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * Entry as a remote tenant sees it (P3R) and exchanges waiting on throttling (W1). P3R: the simulator adds
 * {@value #LATENCY_MS} ms to every call (a remote data centre) and admits at most {@value #CONCURRENCY_LIMIT} calls per
 * MID at once (429 errorcode 50200 beyond); single-event calls, list mode and the batching producer each run with
 * {@value #CALLERS} concurrent callers or calls, rounds interleaved, with the client side's CPU time per contact.
 */
final class RemoteTenantScenarios {

    static final int LATENCY_MS = 40;
    static final int CONCURRENCY_LIMIT = 20;
    static final int CALLERS = 16;
    static final int WAITING = 2_000;
    static final int RETRY_AFTER_SECONDS = 5;
    static final int THREAD_BOUND = 32;

    private static final AtomicLong CONTACTS = new AtomicLong(1_000_000_000L);

    private RemoteTenantScenarios() {
    }

    private record Figure(double contactsPerSecond, double cpuMicrosPerContact, long failures) {
    }

    private enum Mode { SINGLE, LIST, BATCHING }

    /** P3R: contacts/s and client CPU µs per contact of the three modes at the same number of callers. */
    static String p3RemoteTenant() throws Exception {
        try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20))) {
            env.simulator.faults().latency(Duration.ofMillis(LATENCY_MS)).concurrencyLimit(CONCURRENCY_LIMIT);
            Endpoint lists = env.camel.getEndpoint("sfmc-journey:postAsyncEvents?eventDefinitionKey="
                                                   + BenchEnvironment.EVENT);
            AsyncProducer batching = env.camel.getEndpoint("sfmc-journey:postAsyncEvents?eventDefinitionKey="
                    + BenchEnvironment.EVENT + "&batchSize=100&batchTimeout=200ms&batchConcurrency=" + CALLERS
                    + "&batchMaxPending=" + (CALLERS * 100 * 2)).createAsyncProducer();
            batching.start();
            Map<Mode, List<Figure>> figures = new java.util.EnumMap<>(Mode.class);
            for (Mode mode : Mode.values()) {
                figures.put(mode, new ArrayList<>());
            }
            int warmup = Integer.getInteger("bench.warmup", 2);
            for (int round = 0; round < warmup + ROUNDS; round++) {
                for (int i = 0; i < Mode.values().length; i++) {
                    Mode mode = Mode.values()[(i + round) % Mode.values().length];
                    Figure figure = measure(env, mode, lists, batching);
                    System.out.printf(Locale.ROOT, "    %s round %d %s: %,.0f contacts/s, %.1f µs CPU/contact, "
                                                   + "%d failed%n", round < warmup ? "warm-up" : "measured",
                            round, mode, figure.contactsPerSecond(), figure.cpuMicrosPerContact(), figure.failures());
                    if (round >= warmup) {
                        figures.get(mode).add(figure);
                    }
                }
            }
            batching.stop();
            return rows(figures);
        }
    }

    private static Figure measure(BenchEnvironment env, Mode mode, Endpoint lists, AsyncProducer batching)
            throws Exception {
        long cpuBefore = CallerCpu.nanos();
        long mainBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        LoadDriver.Measurement m = switch (mode) {
            case SINGLE -> Scenarios.singleEventCalls(env, CALLERS, ROUND);
            case LIST -> LoadDriver.run(CALLERS, ROUND, Scenarios.LIST_SIZE, () -> Scenarios.enterList(env, lists));
            case BATCHING -> Scenarios.streamMembers(env, batching, ROUND, CALLERS * 100);
        };
        long cpu = CallerCpu.nanos() - cpuBefore;
        if (mode != Mode.BATCHING) {
            // the main thread only waited for the load threads; its (tiny) CPU is not the callers' work
            cpu -= ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainBefore;
        }
        double contacts = m.perSecond() * ROUND.toNanos() / 1e9;
        return new Figure(m.perSecond(), cpu / 1e3 / Math.max(1, contacts), m.failures());
    }

    private static String rows(Map<Mode, List<Figure>> figures) {
        double single = median(figures.get(Mode.SINGLE), Figure::contactsPerSecond);
        double list = median(figures.get(Mode.LIST), Figure::contactsPerSecond);
        double batching = median(figures.get(Mode.BATCHING), Figure::contactsPerSecond);
        double singleCpu = median(figures.get(Mode.SINGLE), Figure::cpuMicrosPerContact);
        double listCpu = median(figures.get(Mode.LIST), Figure::cpuMicrosPerContact);
        double batchingCpu = median(figures.get(Mode.BATCHING), Figure::cpuMicrosPerContact);
        long failures = figures.values().stream().flatMap(List::stream).mapToLong(Figure::failures).sum();
        String setting = LATENCY_MS + " ms latency, ≤ " + CONCURRENCY_LIMIT + " concurrent calls per MID, " + CALLERS
                         + " callers";
        String failed = failures > 0 ? " (" + failures + " failed)" : "";
        return row("P3R list", "contacts/s, " + setting + ": list mode (100 members per exchange) vs single events",
                perSecond(single, "contacts"), perSecond(list, "contacts"), ratio(list / single) + failed, "≥ 50×",
                list / single >= 50 && failures == 0)
               + "\n" + row("P3R batching", "contacts/s, " + setting + ": batching producer (batchSize=100, "
                                            + "batchConcurrency=" + CALLERS + ") vs single events",
                perSecond(single, "contacts"), perSecond(batching, "contacts"), ratio(batching / single) + failed,
                "≥ 50×", batching / single >= 50 && failures == 0)
               + "\n" + row("P3R CPU", "client CPU µs per contact: single / list / batching",
                micros(singleCpu), micros(listCpu) + " / " + micros(batchingCpu),
                String.format(Locale.ROOT, "list %.1f%%, batching %.1f%% of single", 100 * listCpu / singleCpu,
                        100 * batchingCpu / singleCpu), "list ≤ 10%", listCpu <= 0.10 * singleCpu);
    }

    /**
     * W1: {@value #WAITING} exchanges in flight while the simulator answers 429 with Retry-After
     * {@value #RETRY_AFTER_SECONDS} s: peak live threads above the count before the burst, time until all completed,
     * and entries accepted by the simulator (none lost, none twice).
     */
    static String w1WaitingExchanges() throws Exception {
        try (BenchEnvironment env = new BenchEnvironment(Duration.ofMinutes(20))) {
            Endpoint endpoint = env.camel.getEndpoint("sfmc-journey:postInteractionsEvents?maxRetries=10");
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            env.template.requestBody(endpoint, BenchEnvironment.event(CONTACTS.incrementAndGet()));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long acceptedBefore = env.simulator.counters().eventsAccepted();
            env.simulator.faults().onlyFor("postInteractionsEvents").failNext(WAITING, 429, 50100, RETRY_AFTER_SECONDS);
            ThreadCensus baseline = ThreadCensus.take(threads);
            CountDownLatch done = new CountDownLatch(WAITING);
            LongAdder failed = new LongAdder();
            long start = System.nanoTime();
            for (int i = 0; i < WAITING; i++) {
                Exchange exchange = new DefaultExchange(env.camel);
                exchange.getMessage().setBody(BenchEnvironment.event(CONTACTS.incrementAndGet()));
                producer.process(exchange, doneSync -> {
                    if (exchange.getException() != null) {
                        failed.increment();
                    }
                    done.countDown();
                });
            }
            ThreadCensus peak = ThreadCensus.take(threads);
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!done.await(10, TimeUnit.MILLISECONDS) && System.nanoTime() < giveUp) {
                peak = peak.max(ThreadCensus.take(threads));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long completed = WAITING - done.getCount();
            long accepted = env.simulator.counters().eventsAccepted() - acceptedBefore;
            producer.stop();
            int clientExtra = peak.client() - baseline.client();
            boolean met = clientExtra <= THREAD_BOUND && completed == WAITING && failed.sum() == 0
                          && accepted == WAITING && seconds >= RETRY_AFTER_SECONDS;
            System.out.printf(Locale.ROOT, "    before: %s; peak: %s; %d completed in %.1f s, %d failed, %d accepted%n",
                    baseline, peak, completed, seconds, failed.sum(), accepted);
            return row("W1", String.format(Locale.ROOT, "%,d exchanges in flight, each first call answered 429 "
                                                        + "Retry-After: %d s (ioThreads 20)", WAITING,
                            RETRY_AFTER_SECONDS),
                    baseline.client() + " client threads before (" + baseline.all() + " in the JVM)",
                    String.format(Locale.ROOT, "%d completed after %.1f s, %d failed, %d accepted by the simulator",
                            completed, seconds, failed.sum(), accepted),
                    String.format(Locale.ROOT, "peak +%d client threads (component's own %d; whole JVM +%d, the "
                                               + "in-process simulator's one thread per open request included)",
                            clientExtra, peak.component(), peak.all() - baseline.all()),
                    "≤ +" + THREAD_BOUND + " client threads, none lost", met);
        }
    }

    /**
     * Live threads: all, the client side's (all but the in-process simulator's handler and dispatcher threads) and the
     * component's own ({@code SfmcJourney*}: I/O pool and scheduler).
     */
    private record ThreadCensus(int all, int client, int component) {

        static ThreadCensus take(ThreadMXBean threads) {
            int all = 0;
            int client = 0;
            int component = 0;
            for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                all++;
                String name = info.getThreadName();
                if (!CallerCpu.isSimulator(name)) {
                    client++;
                }
                if (name.contains("SfmcJourney")) {
                    component++;
                }
            }
            return new ThreadCensus(all, client, component);
        }

        ThreadCensus max(ThreadCensus other) {
            return new ThreadCensus(Math.max(all, other.all), Math.max(client, other.client),
                    Math.max(component, other.component));
        }

        @Override
        public String toString() {
            return all + " threads, " + client + " client side, " + component + " of the component";
        }
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.1f µs", value);
    }

    private static double median(List<Figure> figures, java.util.function.ToDoubleFunction<Figure> value) {
        return Comparison.median(figures.stream().map(value::applyAsDouble).toList());
    }
}
