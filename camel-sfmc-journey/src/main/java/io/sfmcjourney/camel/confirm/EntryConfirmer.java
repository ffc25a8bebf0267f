package io.sfmcjourney.camel.confirm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.sfmcjourney.camel.client.SfmcRestClient;
import org.apache.camel.CamelContext;

/**
 * The component's entries waiting for confirmation ({@code confirmEntry=true}). Entries are grouped per REST client,
 * event definition key and poll interval; each group is polled by a scheduled continuation on a Camel
 * {@link ScheduledExecutorService} (no thread waits), one poll at a time, every {@code confirmInterval} while it has
 * entries, and one poll covers all of them (history searches in chunks of contacts, one status read per batch
 * request). Outcomes are handed back on the same executor. When the component stops, waiting entries end UNKNOWN.
 */
public final class EntryConfirmer {

    private static final String THREAD_NAME = "SfmcJourneyEntryConfirm";
    private static final int THREADS = 2;

    private record GroupKey(SfmcRestClient client, String eventDefinitionKey, long intervalMillis) {
    }

    private static final class ScheduledGroup {
        final ConfirmationGroup group;
        final AtomicBoolean scheduled = new AtomicBoolean();

        ScheduledGroup(ConfirmationGroup group) {
            this.group = group;
        }
    }

    private final CamelContext camelContext;
    private final Object owner;
    private final Map<GroupKey, ScheduledGroup> groups = new ConcurrentHashMap<>();
    private final CallCounter calls = new CallCounter();
    private ScheduledExecutorService executor;
    private volatile boolean stopped;

    /**
     * @param camelContext whose {@code ExecutorServiceManager} provides the scheduler
     * @param owner        the component (owner of the thread pool)
     */
    public EntryConfirmer(CamelContext camelContext, Object owner) {
        this.camelContext = camelContext;
        this.owner = owner;
    }

    /**
     * Waits (without a thread) for the outcome of every event and hands them over together, in the given order.
     * Events whose outcome is already decided (a member SFMC did not queue) are passed through.
     *
     * @param client   the REST client of the business unit the events went to
     * @param events   the events sent, outcome null while undecided
     * @param sentAt   when the entry call was started
     * @param timeout  how long to wait for SFMC's records before UNKNOWN
     * @param interval the time between polls
     * @param done     receives the outcomes
     */
    public void confirm(SfmcRestClient client, List<EntryConfirmation> events, Instant sentAt, Duration timeout,
            Duration interval, Consumer<List<EntryConfirmation>> done) {
        ScheduledExecutorService scheduler = executor();
        if (events.isEmpty()) {
            scheduler.execute(() -> done.accept(List.of()));
            return;
        }
        EntryConfirmation[] results = new EntryConfirmation[events.size()];
        AtomicInteger open = new AtomicInteger(events.size());
        Runnable finishOne = () -> {
            if (open.decrementAndGet() == 0) {
                scheduler.execute(() -> done.accept(Arrays.asList(results)));
            }
        };
        List<Runnable> decided = new ArrayList<>();
        Set<ScheduledGroup> touched = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            int index = i;
            EntryConfirmation event = events.get(i);
            if (event.outcome() != null) {
                results[index] = event;
                decided.add(finishOne);
                continue;
            }
            PendingEntry entry = new PendingEntry(event, sentAt, sentAt.plus(timeout), outcome -> {
                calls.settled();
                results[index] = outcome;
                finishOne.run();
            });
            GroupKey key = new GroupKey(client, event.eventDefinitionKey(), interval.toMillis());
            ScheduledGroup group = groups.computeIfAbsent(key, k -> new ScheduledGroup(
                    new ConfirmationGroup(k.eventDefinitionKey(), new ConfirmationReads(k.client(), calls))));
            group.group.add(entry);
            touched.add(group);
        }
        // all entries of the call are in their groups before a poll may start: one poll covers the whole call
        touched.forEach(group -> schedule(group, interval));
        decided.forEach(Runnable::run);
    }

    /** What confirmations cost so far. */
    public CallCounter calls() {
        return calls;
    }

    /** Ends every waiting entry UNKNOWN and releases the scheduler. */
    public synchronized void stop() {
        stopped = true;
        groups.values().forEach(group -> group.group.abandon());
        groups.clear();
        if (executor != null) {
            camelContext.getExecutorServiceManager().shutdownGraceful(executor);
            executor = null;
        }
    }

    private synchronized ScheduledExecutorService executor() {
        if (stopped) {
            throw new IllegalStateException("sfmc-journey: the entry confirmer has stopped (the component stops)");
        }
        if (executor == null) {
            executor = camelContext.getExecutorServiceManager().newScheduledThreadPool(owner, THREAD_NAME, THREADS);
        }
        return executor;
    }

    private void schedule(ScheduledGroup group, Duration interval) {
        if (stopped) {
            group.group.abandon();
            return;
        }
        if (group.scheduled.compareAndSet(false, true)) {
            executor().schedule(() -> poll(group, interval), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll(ScheduledGroup group, Duration interval) {
        try {
            group.group.poll(Instant.now());
        } finally {
            group.scheduled.set(false);
            if (group.group.hasPending()) {
                schedule(group, interval);
            }
        }
    }
}
