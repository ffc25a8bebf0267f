package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Lifecycle actions of one journey (Create, Modify, Publish, Unpublish, Stop, Pause, Resume, Delete), newest last. */
public final class AuditLog {

    private static final int CAPACITY = 1_000;

    private final ArrayDeque<ObjectNode> entries = new ArrayDeque<>();

    void add(ObjectNode entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** Copies of the entries, newest first. */
    public List<ObjectNode> newestFirst() {
        List<ObjectNode> copy = new ArrayList<>(entries.size());
        entries.descendingIterator().forEachRemaining(entry -> copy.add(entry.deepCopy()));
        return copy;
    }
}
