package io.sfmcjourney.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The last N requests the simulator received (token requests included), oldest first. */
public final class Journal {

    private final int capacity;
    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();

    Journal(int capacity) {
        this.capacity = capacity;
    }

    synchronized void record(RecordedRequest request) {
        if (capacity <= 0) {
            return;
        }
        if (requests.size() == capacity) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    /** A snapshot of every retained request, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** Retained requests matched to the given discovery method name (or {@code token}/{@code unknown}). */
    public synchronized List<RecordedRequest> requestsFor(String method) {
        List<RecordedRequest> matching = new ArrayList<>();
        for (RecordedRequest request : requests) {
            if (request.method().equals(method)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** The most recent request for a method, or {@code null}. */
    public synchronized RecordedRequest last(String method) {
        Iterator<RecordedRequest> newestFirst = requests.descendingIterator();
        while (newestFirst.hasNext()) {
            RecordedRequest request = newestFirst.next();
            if (request.method().equals(method)) {
                return request;
            }
        }
        return null;
    }

    public synchronized void clear() {
        requests.clear();
    }
}
