package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.state.HistoryQuery;
import io.sfmcjourney.simulator.state.HistoryStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Journey history as a CSV or TSV file: a header line of the requested columns, then one line per record in storage
 * order, read from the store in batches. Rows with an empty activity name and status {@code Complete} are left out
 * (as SFMC does since Winter '25). Columns SFMC documents that the simulator does not keep are written empty.
 */
final class HistoryExport {

    /** SFMC's default columns. */
    static final String DEFAULT_COLUMNS =
            "TransactionTime,ContactKey,Status,DefinitionId,DefinitionName,ActivityId,ActivityName,ActivityType";

    /** Documented column names (lower case) and the search item field each comes from ("" for none kept). */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("transactiontime", "transactionTime");
        FIELDS.put("contactkey", "contactKey");
        FIELDS.put("status", "status");
        FIELDS.put("definitionid", "definitionId");
        FIELDS.put("definitionname", "definitionName");
        FIELDS.put("activityid", "activityId");
        FIELDS.put("activityname", "activityName");
        FIELDS.put("activitytype", "activityType");
        FIELDS.put("eventid", "eventId");
        FIELDS.put("id", "id");
        for (String kept : new String[] {"clientstatus", "createddate", "definitioninstanceid", "enddate",
            "entrysource", "epochtimeinmilliseconds", "eventname", "message", "outcomeactivityid", "sourcetype",
            "startdate", "result.messages", "result.outcome", "result.status", "result.tags"}) {
            FIELDS.put(kept, "");
        }
    }

    private static final int BATCH = 1_000;

    private final List<String> names = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final char separator;

    /**
     * @throws ApiException 400/10005 for an unknown format or column
     */
    HistoryExport(String format, String columns) {
        String chosenFormat = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        if (!chosenFormat.equals("csv") && !chosenFormat.equals("tsv")) {
            throw ApiException.invalid("Invalid value for format: " + format + ".");
        }
        separator = chosenFormat.equals("csv") ? ',' : '\t';
        for (String column : (columns == null || columns.isBlank() ? DEFAULT_COLUMNS : columns).split(",")) {
            String name = column.trim();
            String field = FIELDS.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                throw ApiException.invalid("Invalid value for columns: " + name + ".");
            }
            names.add(name);
            fields.add(field);
        }
    }

    String contentType() {
        return separator == ',' ? "text/csv; charset=utf-8" : "text/tab-separated-values; charset=utf-8";
    }

    /** Writes the header and every row of the query's matches. */
    void write(HistoryStore history, HistoryQuery query, OutputStream out) throws IOException {
        out.write(line(names).getBytes(StandardCharsets.UTF_8));
        try {
            rows(history, query, row -> {
                try {
                    out.write(row.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The rows and bytes {@link #write} would produce: {@code [rows, bytes]}. */
    long[] measure(HistoryStore history, HistoryQuery query) {
        long[] totals = {0, line(names).getBytes(StandardCharsets.UTF_8).length};
        rows(history, query, row -> {
            totals[0]++;
            totals[1] += row.getBytes(StandardCharsets.UTF_8).length;
        });
        return totals;
    }

    private void rows(HistoryStore history, HistoryQuery query, Consumer<String> sink) {
        long next = 0;
        List<String> batch = new ArrayList<>(BATCH);
        while (next >= 0) {
            batch.clear();
            next = history.scanBatch(query, next, BATCH, item -> {
                if (included(item)) {
                    batch.add(row(item));
                }
            });
            batch.forEach(sink);
        }
    }

    private static boolean included(ObjectNode item) {
        return !(item.path("activityName").asText("").isEmpty() && "Complete".equals(item.path("status").asText()));
    }

    private String row(ObjectNode item) {
        List<String> values = new ArrayList<>(fields.size());
        for (String field : fields) {
            values.add(field.isEmpty() ? "" : item.path(field).asText(""));
        }
        return line(values);
    }

    private String line(List<String> values) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            line.append(quoted(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private String quoted(String value) {
        boolean needsQuotes = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
