package io.sfmcjourney.examples.quickstart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sfmcjourney.camel.model.HistoryRecord;

/** Counts the journey history records of one journey version and the contacts they name. */
final class HistoryTally {

    private final Set<String> contacts = new HashSet<>();
    private long records;
    private long pages;

    /** Books one page of the history consumer and returns its records of journey version {@code definitionId}. */
    List<HistoryRecord> page(List<HistoryRecord> page, String definitionId) {
        pages++;
        List<HistoryRecord> fresh = page.stream()
                .filter(item -> definitionId.equalsIgnoreCase(item.getDefinitionId())).toList();
        fresh.forEach(item -> contacts.add(item.getContactKey()));
        records += fresh.size();
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
