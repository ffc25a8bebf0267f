package io.sfmcjourney.simulator.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dictionary encoding: each distinct value gets a small int. Not thread-safe; the owner locks. */
final class Interner<T> {

    private final Map<T, Integer> ids = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int id(T value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    /** The id of a known value, or -1. */
    int lookup(T value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    T value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }

    void clear() {
        ids.clear();
        values.clear();
    }
}
