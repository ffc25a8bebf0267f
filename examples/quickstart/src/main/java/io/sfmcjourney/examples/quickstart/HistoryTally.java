package io.sfmcjourney.examples.quickstart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts the journey history records of one journey version and the contacts they name. */
final class HistoryTally {

    private final Set<String> contacts = new HashSet<>();
    private long records;
    private long pages;

    /**
     * Books one page of history and returns its records that are new: those after the first {@code alreadySeen}
     * that belong to journey version {@code definitionId} (a page may hold records of other journeys).
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> page(Map<String, Object> page, int alreadySeen, String definitionId) {
        pages++;
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.getOrDefault("items", List.of());
        List<Map<String, Object>> fresh = new ArrayList<>();
        for (Map<String, Object> item : items.subList(Math.min(alreadySeen, items.size()), items.size())) {
            if (definitionId.equalsIgnoreCase(String.valueOf(item.get("definitionId")))) {
                fresh.add(item);
                contacts.add(String.valueOf(item.get("contactKey")));
                records++;
            }
        }
        return fresh;
    }

    /** Whether every one of {@code expected} has at least one record. */
    boolean coversAll(Set<String> expected) {
        return contacts.containsAll(expected);
    }

    long records() {
        return records;
    }

    long pages() {
        return pages;
    }

    Set<String> contacts() {
        return contacts;
    }
}
