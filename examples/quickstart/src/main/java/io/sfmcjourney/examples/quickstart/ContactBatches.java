package io.sfmcjourney.examples.quickstart;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.camel.CamelContext;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads a contacts CSV file lazily and cuts it into request bodies for {@code sfmc-journey:postAsyncEvents}:
 * {@code {eventDefinitionKey, members: [{contactKey, data}]}} with at most {@link #setBatchSize batchSize} members.
 * The header names the data fields; the {@code ContactKey} column is the contact key (and stays in the data).
 * Bound as bean {@code contactBatches}; configured by {@code camel.beans.contactBatches.*}.
 */
public class ContactBatches {

    /** The column that holds the contact key. */
    public static final String CONTACT_KEY_COLUMN = "ContactKey";
    /** SFMC accepts at most this many members per postAsyncEvents request. */
    public static final int MAX_BATCH_SIZE = 100;

    private String location = "classpath:contacts.csv";
    private int batchSize = MAX_BATCH_SIZE;

    /** The batches of the file at {@code location}, read as they are consumed (a splitter closes the file). */
    public Iterator<Map<String, Object>> batches(@ExchangeProperty("eventDefinitionKey") String eventDefinitionKey,
            CamelContext context) throws IOException {
        InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, location);
        return new BatchIterator(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                eventDefinitionKey, batchSize);
    }

    public String getLocation() {
        return location;
    }

    /** Where the CSV is: {@code classpath:...}, {@code file:...} or a path. */
    public void setLocation(String location) {
        this.location = location;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /** Members per request, 1 to 100. */
    public void setBatchSize(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be 1 to " + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    private static final class BatchIterator implements Iterator<Map<String, Object>>, Closeable {

        private final BufferedReader reader;
        private final String eventDefinitionKey;
        private final int batchSize;
        private final List<String> header;
        private final int keyColumn;
        private int lineNumber = 1;
        private List<Map<String, Object>> next;

        BatchIterator(BufferedReader reader, String eventDefinitionKey, int batchSize) throws IOException {
            this.reader = reader;
            this.eventDefinitionKey = eventDefinitionKey;
            this.batchSize = batchSize;
            String headerLine = reader.readLine();
            this.header = headerLine == null ? List.of() : CsvLines.fields(headerLine.strip());
            this.keyColumn = header.indexOf(CONTACT_KEY_COLUMN);
            if (keyColumn < 0) {
                close();
                throw new IllegalArgumentException("The contacts CSV needs a header line with a " + CONTACT_KEY_COLUMN
                                                   + " column, found: " + header);
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = readBatch();
            }
            return !next.isEmpty();
        }

        @Override
        public Map<String, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("eventDefinitionKey", eventDefinitionKey);
            body.put("members", next);
            next = null;
            return body;
        }

        private List<Map<String, Object>> readBatch() {
            List<Map<String, Object>> members = new ArrayList<>(batchSize);
            try {
                String line;
                while (members.size() < batchSize && (line = reader.readLine()) != null) {
                    lineNumber++;
                    if (!line.isBlank()) {
                        members.add(member(CsvLines.fields(line.strip())));
                    }
                }
                if (members.isEmpty()) {
                    close();
                }
                return members;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Map<String, Object> member(List<String> fields) {
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException("Line " + lineNumber + " of the contacts CSV has " + fields.size()
                                                   + " fields, the header has " + header.size());
            }
            Map<String, Object> data = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!fields.get(i).isEmpty()) {
                    data.put(header.get(i), fields.get(i));
                }
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("contactKey", fields.get(keyColumn));
            member.put("data", data);
            return member;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
