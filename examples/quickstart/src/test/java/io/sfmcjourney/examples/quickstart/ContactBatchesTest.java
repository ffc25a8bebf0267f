package io.sfmcjourney.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactBatchesTest {

    @TempDir
    Path dir;

    private final CamelContext context = new DefaultCamelContext();

    private List<Map<String, Object>> batches(String csv, int size) throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, csv);
        ContactBatches batches = new ContactBatches();
        batches.setLocation("file:" + file);
        batches.setBatchSize(size);
        List<Map<String, Object>> all = new ArrayList<>();
        Iterator<Map<String, Object>> iterator = batches.batches("evt", context);
        iterator.forEachRemaining(all::add);
        return all;
    }

    @Test
    void cutsTheFileIntoRequestBodiesOfAtMostBatchSizeMembers() throws Exception {
        List<Map<String, Object>> bodies = batches("ContactKey,City\nk1,Lyon\n\nk2,\"Porto, PT\"\nk3,\n", 2);

        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).containsEntry("eventDefinitionKey", "evt");
        assertThat(bodies.get(0).get("members")).isEqualTo(List.of(
                Map.of("contactKey", "k1", "data", Map.of("ContactKey", "k1", "City", "Lyon")),
                Map.of("contactKey", "k2", "data", Map.of("ContactKey", "k2", "City", "Porto, PT"))));
        // an empty value is left out rather than sent as ""
        assertThat(bodies.get(1).get("members")).isEqualTo(List.of(
                Map.of("contactKey", "k3", "data", Map.of("ContactKey", "k3"))));
    }

    @Test
    void aFileWithoutContactKeyColumnIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> batches("Email,City\na@example.com,Lyon\n", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ContactKey column");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> batches("ContactKey,City\nk1,Lyon\nk2\n", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 3");
    }

    @Test
    void batchSizeIsLimitedToWhatSfmcAccepts() {
        ContactBatches batches = new ContactBatches();
        assertThatThrownBy(() -> batches.setBatchSize(101)).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> batches.setBatchSize(0)).hasMessageContaining("1 to 100");
    }
}
