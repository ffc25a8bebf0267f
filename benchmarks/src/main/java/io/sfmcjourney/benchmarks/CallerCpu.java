package io.sfmcjourney.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the client side in this JVM: every live thread except the in-process server's (the simulator's handler
 * threads {@code sfmc-simulator-*} and the JDK HTTP server's dispatcher, or {@link CannedBackEnd}'s), so the figure
 * is the component's and the callers' work, not the stand-in server's. Threads that end between two readings are not
 * counted: load threads add their own CPU time with {@link #addEnding()} before they end.
 */
final class CallerCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final java.util.concurrent.atomic.LongAdder ENDED = new java.util.concurrent.atomic.LongAdder();

    private CallerCpu() {
    }

    /** Client-side CPU nanoseconds so far (live threads + those recorded on ending). */
    static long nanos() {
        long total = ENDED.sum();
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (info == null || isSimulator(info.getThreadName())) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }

    /** Called by a load thread just before it ends: keeps its CPU time in the total. */
    static void addEnding() {
        ENDED.add(THREADS.getCurrentThreadCpuTime());
    }

    static boolean isSimulator(String name) {
        return name.startsWith("sfmc-simulator") || name.startsWith("HTTP-Dispatcher") || name.startsWith("canned-");
    }
}
