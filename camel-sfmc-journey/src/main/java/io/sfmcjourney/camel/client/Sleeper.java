package io.sfmcjourney.camel.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between retries; replaceable so tests need not really wait. */
@FunctionalInterface
interface Sleeper {

    Sleeper SYSTEM = delay -> TimeUnit.NANOSECONDS.sleep(delay.toNanos());

    void sleep(Duration delay) throws InterruptedException;
}
