package io.sfmcjourney.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Closed-loop load: {@code callers} threads each repeat one call as fast as answers come, for a fixed time. */
final class LoadDriver {

    /** One call; throws when it failed. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /**
     * Units of work (calls, or events for batch calls) done per second, the failures seen, and the client side's CPU
     * time (microseconds) and heap allocation (bytes) per unit ({@link CallerCpu}: every thread but the in-process
     * simulator's); NaN when not measured.
     */
    record Measurement(double perSecond, long failures, String firstFailure, double cpuMicrosPerUnit,
                       double allocatedBytesPerUnit) {

        Measurement(double perSecond, long failures, String firstFailure) {
            this(perSecond, failures, firstFailure, Double.NaN, Double.NaN);
        }
    }

    private LoadDriver() {
    }

    /** Runs {@code call} on {@code callers} threads for {@code duration}; each successful call counts {@code unitsPerCall}. */
    static Measurement run(int callers, Duration duration, int unitsPerCall, Call call) throws InterruptedException {
        long cpuBefore = CallerCpu.nanos();
        long bytesBefore = CallerCpu.allocatedBytes();
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = window[1];
                while (System.nanoTime() < end) {
                    try {
                        call.run();
                        done.add(unitsPerCall);
                    } catch (Exception e) {
                        failed.increment();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
                CallerCpu.addEnding();
            }, "load-" + i);
            threads.add(thread);
            thread.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        double cpuMicros = (CallerCpu.nanos() - cpuBefore) / 1e3;
        double bytes = CallerCpu.allocatedBytes() - bytesBefore;
        long units = Math.max(1, done.sum());
        return new Measurement(done.sum() / seconds, failed.sum(), firstFailure.get(), cpuMicros / units,
                bytes / units);
    }
}
