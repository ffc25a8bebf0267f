package io.sfmcjourney.examples.quickstart;

import java.util.List;
import java.util.function.Function;

import io.sfmcjourney.camel.model.HistoryRecord;

/**
 * Formats journey history records as lines of {@code history.csv}: transactionTime, contactKey, activityType,
 * activityName, status. Bound as bean {@code historyCsv}.
 */
public class HistoryCsv {

    /** The header line. */
    public static final String HEADER = "transactionTime,contactKey,activityType,activityName,status";

    private static final List<Function<HistoryRecord, String>> COLUMNS = List.of(HistoryRecord::getTransactionTime,
            HistoryRecord::getContactKey, HistoryRecord::getActivityType, HistoryRecord::getActivityName,
            HistoryRecord::getStatus);

    /** The header followed by a line separator. */
    public String header() {
        return HEADER + System.lineSeparator();
    }

    /** One line per record, each ending with a line separator; fields with commas or quotes are quoted. */
    public String lines(List<HistoryRecord> records) {
        StringBuilder text = new StringBuilder();
        for (HistoryRecord record : records) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(field(COLUMNS.get(i).apply(record)));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
