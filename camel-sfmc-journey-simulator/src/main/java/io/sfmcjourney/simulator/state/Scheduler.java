package io.sfmcjourney.simulator.state;

import java.util.PriorityQueue;

/** Deferred state transitions of one account (publish completion, Unpublished to Stopped), run lazily when due. */
final class Scheduler {

    private record Task(long dueMillis, long sequence, Runnable action) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.dueMillis != b.dueMillis ? Long.compare(a.dueMillis, b.dueMillis)
                    : Long.compare(a.sequence, b.sequence));
    private long sequence;
    private volatile long nextDue = Long.MAX_VALUE;

    /** Must be called under the account lock. */
    void at(long dueMillis, Runnable action) {
        tasks.add(new Task(dueMillis, sequence++, action));
        nextDue = tasks.peek().dueMillis;
    }

    boolean isDue(long nowMillis) {
        return nowMillis >= nextDue;
    }

    /** Runs every task due by now; must be called under the account lock. */
    void runDue(long nowMillis) {
        while (!tasks.isEmpty() && tasks.peek().dueMillis <= nowMillis) {
            tasks.poll().action.run();
        }
        nextDue = tasks.isEmpty() ? Long.MAX_VALUE : tasks.peek().dueMillis;
    }
}
