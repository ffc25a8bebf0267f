package io.sfmcjourney.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time and heap allocation of the client side in this JVM: every live thread except the in-process server's (the
 * simulator's handler threads {@code sfmc-simulator-*} and the JDK HTTP server's dispatcher, or {@link CannedBackEnd}'s),
 * so the figures are the component's and the callers' work, not the stand-in server's. Threads that end between two
 * readings are not counted: load threads add their own figures with {@link #addEnding()} before they end.
 */
final class CallerCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATIONS = (com.sun.management.ThreadMXBean) THREADS;
    private static final java.util.concurrent.atomic.LongAdder ENDED = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder ENDED_BYTES = new java.util.concurrent.atomic.LongAdder();

    private CallerCpu() {
    }

    /** Client-side CPU nanoseconds so far (live threads + those recorded on ending). */
    static long nanos() {
        return ENDED.sum() + overClientThreads(THREADS::getThreadCpuTime);
    }

    /** Client-side heap bytes allocated so far (live threads + those recorded on ending). */
    static long allocatedBytes() {
        return ENDED_BYTES.sum() + overClientThreads(ALLOCATIONS::getThreadAllocatedBytes);
    }

    /** The sum of {@code figure} over the live threads that are not the server's (negative: not available). */
    private static long overClientThreads(java.util.function.LongUnaryOperator figure) {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (info == null || isSimulator(info.getThreadName())) {
                continue;
            }
            long value = figure.applyAsLong(id);
            if (value > 0) {
                total += value;
            }
        }
        return total;
    }

    /** Called by a load thread just before it ends: keeps its CPU time and allocation in the totals. */
    static void addEnding() {
        ENDED.add(THREADS.getCurrentThreadCpuTime());
        ENDED_BYTES.add(ALLOCATIONS.getCurrentThreadAllocatedBytes());
    }

    static boolean isSimulator(String name) {
        return name.startsWith("sfmc-simulator") || name.startsWith("HTTP-Dispatcher") || name.startsWith("canned-");
    }
}
