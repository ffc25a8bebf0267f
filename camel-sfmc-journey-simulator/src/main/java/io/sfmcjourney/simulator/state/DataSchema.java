package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of an event definition's data extension; checks event {@code Data} against them
 * (unknown field names and values that do not convert to the field's type).
 */
public final class DataSchema {

    /** Accepts any data (the definition points at a data extension the simulator does not know). */
    public static final DataSchema ANY = new DataSchema(null);

    private record Field(String name, String dataType, Integer maxLength) {
    }

    private final Map<String, Field> fields;

    private DataSchema(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** Reads {@code schema.fields[]}; throws 400 when malformed. */
    static DataSchema of(JsonNode schema) {
        JsonNode list = schema.get("fields");
        if (list == null || !list.isArray()) {
            throw ApiException.missing("schema.fields");
        }
        Map<String, Field> fields = new HashMap<>();
        for (JsonNode field : list) {
            String name = Json.text(field, "name");
            if (Json.isBlank(name)) {
                throw ApiException.missing("schema.fields[].name");
            }
            JsonNode maxLength = field.get("maxLength");
            Integer max = null;
            if (maxLength != null && !maxLength.isNull() && !maxLength.asText().isBlank()) {
                try {
                    max = Integer.valueOf(maxLength.asText().trim());
                } catch (NumberFormatException e) {
                    throw ApiException.wrongType("schema.fields[].maxLength");
                }
            }
            String type = Json.text(field, "dataType");
            fields.put(name.toLowerCase(Locale.ROOT), new Field(name, type == null ? "Text" : type, max));
        }
        return new DataSchema(fields);
    }

    /**
     * Checks event data: 400/10000 for a field outside the schema, 400/10001 for a value that does not convert.
     * The reserved name {@code eventInstanceId} is ignored.
     */
    public void check(JsonNode data, String eventDefinitionKey) {
        if (fields == null || data == null) {
            return;
        }
        var entries = data.fields();
        while (entries.hasNext()) {
            var entry = entries.next();
            if (entry.getKey().equalsIgnoreCase("eventInstanceId")) {
                continue;
            }
            Field field = fields.get(entry.getKey().toLowerCase(Locale.ROOT));
            if (field == null) {
                throw ApiException.of(400, 10000, "Data field '" + entry.getKey()
                        + "' does not exist in the data extension of event definition '" + eventDefinitionKey + "'.");
            }
            if (!converts(field, entry.getValue())) {
                throw ApiException.of(400, 10001, "Unable to convert the value of data field '" + field.name()
                        + "' to " + field.dataType() + ".");
            }
        }
    }

    private static boolean converts(Field field, JsonNode value) {
        if (value.isNull()) {
            return true;
        }
        if (value.isContainerNode()) {
            return false;
        }
        String text = value.asText();
        switch (field.dataType().toLowerCase(Locale.ROOT)) {
            case "number", "decimal" -> {
                if (value.isNumber()) {
                    return true;
                }
                try {
                    new BigDecimal(text.trim());
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case "boolean" -> {
                return value.isBoolean() || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                        || text.equals("1") || text.equals("0");
            }
            case "date" -> {
                try {
                    Timestamps.parse(text, field.name());
                    return true;
                } catch (ApiException e) {
                    return false;
                }
            }
            case "emailaddress" -> {
                return text.indexOf('@') > 0;
            }
            default -> {
                return field.maxLength() == null || text.length() <= field.maxLength();
            }
        }
    }
}
