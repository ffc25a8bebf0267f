package io.sfmcjourney.camel.confirm;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.sfmcjourney.camel.model.HistoryRecord;

/** One entry waiting for its outcome: what was sent, when, until when to wait and whom to tell. */
final class PendingEntry {

    private final EntryConfirmation event;
    private final Instant sentAt;
    private final Instant deadline;
    private final Consumer<EntryConfirmation> done;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean processed;

    PendingEntry(EntryConfirmation event, Instant sentAt, Instant deadline, Consumer<EntryConfirmation> done) {
        this.event = event;
        this.sentAt = sentAt;
        this.deadline = deadline;
        this.done = done;
        this.processed = event.requestId() == null;
    }

    EntryConfirmation event() {
        return event;
    }

    String contactKey() {
        return event.contactKey();
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant deadline() {
        return deadline;
    }

    /** Whether the batch status said processed (always true for {@code /events}): no more status reads for it. */
    boolean processed() {
        return processed;
    }

    void markProcessed() {
        processed = true;
    }

    boolean finished() {
        return finished.get();
    }

    /** Decides the outcome once; false when it was already decided. */
    boolean finish(EntryOutcome outcome, String reason, String message, List<HistoryRecord> records) {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        done.accept(event.decided(outcome, reason, message, records));
        return true;
    }
}
