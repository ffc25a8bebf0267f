package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * 2,000 exchanges sent while the simulator answers the first 2,000 calls 429 with {@code Retry-After: 2} (a retry
 * may meet a 429 again while first attempts are still arriving, hence more retries than the default; a late first
 * attempt may meet none and complete at once): far more exchanges wait at once than there are threads, the waits are
 * scheduled continuations, so the threads alive in the JVM (component, Camel and the in-process simulator together)
 * stay within a small bound above the count before the burst, and every exchange completes once the wait has passed,
 * its event accepted exactly once. (A thread-count bound, not a timing assertion; the 5 s figure is in benchmarks.)
 */
class ThreadsWhileWaitingIT extends SimulatorTestSupport {

    private static final int EXCHANGES = 2_000;
    private static final int IO_THREADS = 8;
    /** The documented bound: I/O pool + scheduler + what the in-process simulator needs for as many connections. */
    private static final int MAX_EXTRA_THREADS = 32;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).setIoThreads(IO_THREADS);
        return context;
    }

    @Test
    void waitingExchangesHoldNoThread() throws Exception {
        createEventDefinition("ev-wait");
        AsyncProducer producer = context.getEndpoint("sfmc-journey:postInteractionsEvents?maxRetries=50")
                .createAsyncProducer();
        producer.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int baseline = threads.getThreadCount();
        sim().faults().onlyFor("postInteractionsEvents").failNext(EXCHANGES, 429, 50100, 2);

        CountDownLatch done = new CountDownLatch(EXCHANGES);
        List<Exchange> exchanges = new ArrayList<>();
        int mostInFlight = 0;
        for (int i = 0; i < EXCHANGES; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(new EntryEvent("wait-" + i, "ev-wait", Map.of()));
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
            mostInFlight = (int) Math.max(mostInFlight, i + 1 - (EXCHANGES - done.getCount()));
        }
        int peak = threads.getThreadCount();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!done.await(20, TimeUnit.MILLISECONDS) && System.nanoTime() < giveUp) {
            peak = Math.max(peak, threads.getThreadCount());
        }
        producer.stop();

        assertThat(done.getCount()).as("exchanges not completed").isZero();
        assertThat(exchanges).allSatisfy(exchange -> {
            assertThat(exchange.getException()).isNull();
            assertThat(status(exchange)).isEqualTo(201);
        });
        assertThat(mostInFlight).as("exchanges waiting at once").isGreaterThan(IO_THREADS + MAX_EXTRA_THREADS);
        assertThat(peak - baseline).as("threads above the %d before the burst", baseline)
                .isLessThanOrEqualTo(MAX_EXTRA_THREADS);
        assertThat(sim().journal().requestsFor("postInteractionsEvents")).extracting(RecordedRequest::status)
                .filteredOn(status -> status == 429).hasSize(EXCHANGES);
        assertThat(sim().acceptedEvents()).extracting(AcceptedEvent::contactKey)
                .hasSize(EXCHANGES).doesNotHaveDuplicates();
    }
}
