package io.sfmcjourney.camel.consumer;

import java.util.concurrent.atomic.AtomicLong;

/** What a history consumer did with the records it read, since it was created (readable while it polls). */
final class HistoryCounts {

    final AtomicLong emitted = new AtomicLong();
    final AtomicLong repeated = new AtomicLong();
    final AtomicLong filteredOut = new AtomicLong();
    final AtomicLong missed = new AtomicLong();
    final AtomicLong halvings = new AtomicLong();
}
