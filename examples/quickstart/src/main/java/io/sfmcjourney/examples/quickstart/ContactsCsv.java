package io.sfmcjourney.examples.quickstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Body;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.support.ResourceHelper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The contacts CSV for the route {@code enter-contacts.yaml}, bound as bean {@code contactsCsv}. The route reads the
 * file lazily and cuts it into groups of {@code batchSize} lines with Camel's splitter ({@code tokenize} with
 * {@code group}, {@code skipFirst} for the header line, {@code streaming}); this bean only names the columns (the
 * header line) and turns one group of lines into a {@code postAsyncEvents} body, parsing the fields with Apache
 * Commons CSV (RFC 4180 quoting; a quoted field cannot span lines, since the splitter cuts at line ends).
 */
public class ContactsCsv {

    /** The column that holds the contact key. */
    public static final String CONTACT_KEY_COLUMN = "ContactKey";
    /** SFMC accepts at most this many members per postAsyncEvents request. */
    public static final int MAX_BATCH_SIZE = 100;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private String location = "classpath:contacts.csv";
    private int batchSize = MAX_BATCH_SIZE;

    /** The file at {@code location}, for the splitter to read (and close). */
    public InputStream open(CamelContext context) throws IOException {
        return ResourceHelper.resolveMandatoryResourceAsInputStream(context, location);
    }

    /** The column names of the header line; refuses a file without a {@value #CONTACT_KEY_COLUMN} column. */
    public List<String> header(CamelContext context) throws IOException {
        try (Reader reader = new BufferedReader(new InputStreamReader(open(context), StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.stream().findFirst().map(CSVRecord::toList).orElse(List.of());
            if (!header.contains(CONTACT_KEY_COLUMN)) {
                throw new IllegalArgumentException("The contacts CSV " + location + " needs a header line with a "
                                                   + CONTACT_KEY_COLUMN + " column, found: " + header);
            }
            return header;
        }
    }

    /**
     * The {@code postAsyncEvents} body {@code {eventDefinitionKey, members}} of one group of lines; blank lines are
     * skipped, empty values left out of the member's data.
     *
     * @param lines      up to {@code batchSize} lines, as the splitter's {@code group} joined them
     * @param groupIndex the splitter's index of the group, to name the file's line of a bad record
     */
    public Map<String, Object> batch(@Body String lines, @ExchangeProperty("csvHeader") List<String> header,
            @ExchangeProperty("eventDefinitionKey") String eventDefinitionKey,
            @ExchangeProperty(Exchange.SPLIT_INDEX) int groupIndex) throws IOException {
        int keyColumn = header.indexOf(CONTACT_KEY_COLUMN);
        List<Map<String, Object>> members = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(lines), FORMAT)) {
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    long line = 1 + (long) groupIndex * batchSize + parser.getCurrentLineNumber();
                    throw new IllegalArgumentException("Line " + line + " of the contacts CSV has " + record.size()
                                                       + " fields, the header has " + header.size());
                }
                Map<String, Object> data = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        data.put(header.get(i), record.get(i));
                    }
                }
                members.add(Map.of("contactKey", record.get(keyColumn), "data", data));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventDefinitionKey", eventDefinitionKey);
        body.put("members", members);
        return body;
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

    /** Lines per request, 1 to 100 (the route's splitter groups by the same property). */
    public void setBatchSize(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be 1 to " + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        this.batchSize = batchSize;
    }
}
