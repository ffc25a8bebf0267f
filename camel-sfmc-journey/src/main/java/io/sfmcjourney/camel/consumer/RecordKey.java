package io.sfmcjourney.camel.consumer;

import io.sfmcjourney.camel.model.HistoryRecord;

/**
 * The de-duplication key of a history record: its {@code id}; without one (the field is undocumented), the
 * combination of event, activity, contact, status and time, which identifies one step of one contact.
 */
final class RecordKey {

    private RecordKey() {
    }

    static String of(HistoryRecord record) {
        if (record.getId() != null && !record.getId().isBlank()) {
            return record.getId();
        }
        return String.join("|", String.valueOf(record.getEventId()), String.valueOf(record.getActivityId()),
                String.valueOf(record.getContactKey()), String.valueOf(record.getStatus()),
                String.valueOf(record.getTransactionTime()));
    }
}
