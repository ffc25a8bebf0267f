package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PageModelTest {

    private static final ObjectMapper MAPPER = SfmcJson.mapper();

    @Test
    void missingItemsIsAnEmptyList() throws Exception {
        Page<Journey> page = MAPPER.readValue("{\"count\":0,\"page\":1,\"pageSize\":50,\"links\":{}}",
                SfmcJson.pageOf(Journey.class));

        assertThat(page.getItems()).isNotNull().isEmpty();
        assertThat(page.getCount()).isZero();
        assertThat(page.getPage()).isEqualTo(1);
        assertThat(page.getPageSize()).isEqualTo(50);
    }

    @Test
    void nullItemsIsAnEmptyList() throws Exception {
        Page<Journey> page = MAPPER.readValue("{\"count\":0,\"items\":null}", SfmcJson.pageOf(Journey.class));

        assertThat(page.getItems()).isNotNull().isEmpty();
    }

    @Test
    void itemsAreReadAsTheRequestedType() throws Exception {
        Page<EventDefinition> page = MAPPER.readValue(
                "{\"count\":7,\"page\":2,\"pageSize\":5,\"items\":[{\"eventDefinitionKey\":\"a\"},{\"eventDefinitionKey\":\"b\"}]}",
                SfmcJson.pageOf(EventDefinition.class));

        assertThat(page.getItems()).extracting(EventDefinition::getEventDefinitionKey).containsExactly("a", "b");
        assertThat(page.getCount()).isEqualTo(7);
    }

    @Test
    void historyItemsKeepUndocumentedFields() throws Exception {
        Page<HistoryRecord> page = MAPPER.readValue("""
                {"items":[{"activityId":"a1","activityName":"Send","activityType":"EMAILV2","contactKey":"c1",
                  "definitionId":"d1","definitionName":"J","eventId":"e1","status":"Complete",
                  "transactionTime":"2024-05-04T17:25:57.9","clientStatus":"Processed"}],"count":1,"page":1,"pageSize":500}
                """, SfmcJson.pageOf(HistoryRecord.class));

        HistoryRecord history = page.getItems().get(0);
        assertThat(history.getContactKey()).isEqualTo("c1");
        assertThat(history.getActivityType()).isEqualTo("EMAILV2");
        assertThat(history.getStatus()).isEqualTo("Complete");
        assertThat(history.getDefinitionId()).isEqualTo("d1");
        assertThat(SfmcTimestamps.parse(history.getTransactionTime())).hasToString("2024-05-04T17:25:57.900");
        assertThat(history.getAdditionalProperties()).containsEntry("clientStatus", "Processed");
    }
}
