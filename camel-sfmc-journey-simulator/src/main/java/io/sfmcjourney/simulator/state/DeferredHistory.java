package io.sfmcjourney.simulator.state;

import io.sfmcjourney.simulator.EntryRules;
import io.sfmcjourney.simulator.HistoryEntry;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes entry outcomes to the journey history, at once or after {@link EntryRules#outcomeDelay()}: delayed records
 * wait here and are appended (with the time they appear as {@code transactionTime}) when due, checked before every
 * entry and every history read.
 */
public final class DeferredHistory {

    private record Due(long dueMillis, String accountId, List<HistoryEntry> entries) {
    }

    private final HistoryStore history;
    private final EntryRules rules;
    private final ArrayDeque<Due> waiting = new ArrayDeque<>();
    /** Records waiting; read without the lock so that the hot path costs nothing while no delay is set. */
    private volatile int waitingCount;

    DeferredHistory(HistoryStore history, EntryRules rules) {
        this.history = history;
        this.rules = rules;
    }

    /** Writes the records of one outcome (now or when due). */
    void write(String accountId, List<HistoryEntry> entries) {
        long delay = rules.outcomeDelay().toMillis();
        if (delay <= 0) {
            flushDue();
            history.appendAll(accountId, entries);
            return;
        }
        synchronized (waiting) {
            waiting.addLast(new Due(System.currentTimeMillis() + delay, accountId, entries));
            waitingCount = waiting.size();
        }
    }

    /** Appends every record whose time has come. */
    public void flushDue() {
        if (waitingCount == 0) {
            return;
        }
        long now = System.currentTimeMillis();
        synchronized (waiting) {
            while (!waiting.isEmpty() && waiting.peekFirst().dueMillis() <= now) {
                Due due = waiting.removeFirst();
                Instant at = Instant.ofEpochMilli(due.dueMillis());
                List<HistoryEntry> shown = new ArrayList<>(due.entries().size());
                for (HistoryEntry entry : due.entries()) {
                    shown.add(new HistoryEntry(entry.contactKey(), entry.definitionId(), entry.definitionName(),
                            entry.activityId(), entry.activityName(), entry.activityType(), entry.status(),
                            entry.eventId(), at));
                }
                history.appendAll(due.accountId(), shown);
            }
            waitingCount = waiting.size();
        }
    }

    /** Forgets records not yet shown. */
    public void clear() {
        synchronized (waiting) {
            waiting.clear();
            waitingCount = 0;
        }
    }
}
