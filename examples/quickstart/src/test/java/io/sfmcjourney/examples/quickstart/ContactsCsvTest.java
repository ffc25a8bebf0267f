package io.sfmcjourney.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the CSV handling that are not Camel's splitter: the header, one group of lines, the batch size. */
class ContactsCsvTest {

    private static final List<String> HEADER = List.of("ContactKey", "City");

    @TempDir
    Path dir;

    private final CamelContext context = new DefaultCamelContext();

    private ContactsCsv csv(String content) throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, content);
        ContactsCsv csv = new ContactsCsv();
        csv.setLocation("file:" + file);
        csv.setBatchSize(2);
        return csv;
    }

    @Test
    void aGroupOfLinesBecomesOneRequestBodyWithQuotedFieldsAndWithoutEmptyValuesOrBlankLines() throws Exception {
        Map<String, Object> body = csv("").batch("k1,Lyon\n\nk2,\"Porto, PT\"\r\nk3,", HEADER, "evt", 0);

        assertThat(body).containsEntry("eventDefinitionKey", "evt");
        assertThat(body.get("members")).isEqualTo(List.of(
                Map.of("contactKey", "k1", "data", Map.of("ContactKey", "k1", "City", "Lyon")),
                Map.of("contactKey", "k2", "data", Map.of("ContactKey", "k2", "City", "Porto, PT")),
                // an empty value is left out rather than sent as ""
                Map.of("contactKey", "k3", "data", Map.of("ContactKey", "k3"))));
    }

    @Test
    void theHeaderNamesTheColumnsAndMustHaveContactKey() throws Exception {
        assertThat(csv("ContactKey,\"City\"\nk1,Lyon\n").header(context)).isEqualTo(HEADER);
        assertThatThrownBy(() -> csv("Email,City\na@example.com,Lyon\n").header(context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ContactKey column");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRefusedNamingItsLineInTheFile() {
        // the second group (index 1) of two lines: file lines 4 and 5 (line 1 is the header)
        assertThatThrownBy(() -> csv("").batch("k3,Lyon\nk4", HEADER, "evt", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 5");
    }

    @Test
    void batchSizeIsLimitedToWhatSfmcAccepts() {
        ContactsCsv csv = new ContactsCsv();
        assertThatThrownBy(() -> csv.setBatchSize(101)).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> csv.setBatchSize(0)).hasMessageContaining("1 to 100");
    }
}
