package io.sfmcjourney.camel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The component's two pools from Camel's {@link ExecutorServiceManager}: a fixed I/O pool of {@code ioThreads} with an
 * unbounded queue (calls beyond it wait as queued tasks, not as threads) and one scheduler thread for due
 * continuations.
 */
final class AsyncCallPools {

    static final String IO_THREAD_NAME = "SfmcJourneyIO";
    static final String SCHEDULER_THREAD_NAME = "SfmcJourneyScheduler";

    private final ExecutorServiceManager manager;
    private final ExecutorService io;
    private final ScheduledExecutorService scheduler;
    private final SfmcAsyncCalls calls;

    private AsyncCallPools(ExecutorServiceManager manager, ExecutorService io, ScheduledExecutorService scheduler) {
        this.manager = manager;
        this.io = io;
        this.scheduler = scheduler;
        this.calls = new SfmcAsyncCalls(io, scheduler);
    }

    static AsyncCallPools start(CamelContext context, Object source, int ioThreads) {
        ExecutorServiceManager manager = context.getExecutorServiceManager();
        ExecutorService io = manager.newThreadPool(source, IO_THREAD_NAME, unboundedQueue(IO_THREAD_NAME, ioThreads));
        ScheduledExecutorService scheduler = manager.newScheduledThreadPool(source, SCHEDULER_THREAD_NAME,
                unboundedQueue(SCHEDULER_THREAD_NAME, 1));
        return new AsyncCallPools(manager, io, scheduler);
    }

    /**
     * A fixed pool whose queue takes every task (Camel's default profile caps queues at 1,000, which would refuse the
     * continuations of more waiting exchanges than that).
     */
    private static ThreadPoolProfile unboundedQueue(String name, int threads) {
        return new ThreadPoolProfileBuilder(name).poolSize(threads).maxPoolSize(threads)
                .maxQueueSize(Integer.MAX_VALUE).allowCoreThreadTimeOut(false)
                .rejectedPolicy(ThreadPoolRejectedPolicy.Abort).build();
    }

    SfmcAsyncCalls calls() {
        return calls;
    }

    /** Stops the scheduler (pending continuations are dropped) and lets the I/O pool finish its calls. */
    void shutdown() {
        manager.shutdownNow(scheduler);
        manager.shutdownGraceful(io);
    }
}
