package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The two entry payloads differ in casing: {@code /events} is PascalCase, {@code /async/events} camelCase. */
class EntryEventModelTest {

    private static final ObjectMapper MAPPER = SfmcJson.mapper();

    @Test
    void entryEventIsWrittenInPascalCase() throws Exception {
        EntryEvent event = new EntryEvent("ID601", "AcmeBank-AccountAccessed", Map.of("accountNumber", "123456"));

        assertThat(MAPPER.writeValueAsString(event)).isEqualTo(
                "{\"ContactKey\":\"ID601\",\"EventDefinitionKey\":\"AcmeBank-AccountAccessed\","
                        + "\"Data\":{\"accountNumber\":\"123456\"}}");
    }

    @Test
    void entryEventWithoutDataOmitsIt() throws Exception {
        assertThat(MAPPER.writeValueAsString(new EntryEvent("c", "k", null)))
                .isEqualTo("{\"ContactKey\":\"c\",\"EventDefinitionKey\":\"k\"}");
    }

    @Test
    void entryEventReadsPascalCase() throws Exception {
        EntryEvent event = MAPPER.readValue(
                "{\"ContactKey\":\"c1\",\"EventDefinitionKey\":\"k1\",\"Data\":{\"n\":1.50}}", EntryEvent.class);

        assertThat(event.getContactKey()).isEqualTo("c1");
        assertThat(event.getEventDefinitionKey()).isEqualTo("k1");
        assertThat(event.getData()).containsEntry("n", new BigDecimal("1.50"));
    }

    @Test
    void entryEventResultCarriesTheInstanceId() throws Exception {
        EntryEventResult result = MAPPER.readValue("{\"eventInstanceId\":\"a1b2\",\"other\":1}",
                EntryEventResult.class);

        assertThat(result.getEventInstanceId()).isEqualTo("a1b2");
    }

    @Test
    void batchRequestIsWrittenInCamelCase() throws Exception {
        BatchEntryRequest request = new BatchEntryRequest("key-1",
                List.of(new BatchEntryMember("c1", Map.of("Email", "a@b.invalid")), new BatchEntryMember("c2", null)));

        assertThat(MAPPER.writeValueAsString(request)).isEqualTo(
                "{\"eventDefinitionKey\":\"key-1\",\"members\":[{\"contactKey\":\"c1\",\"data\":"
                        + "{\"Email\":\"a@b.invalid\"}},{\"contactKey\":\"c2\"}]}");
    }

    @Test
    void batchResultAcceptsTextualAndNumericErrorCodes() throws Exception {
        BatchEntryResult result = MAPPER.readValue("""
                {"requestId":"r1","count":3,"notQueuedCount":2,"members":[
                  {"contactKey":"c1","eventInstanceId":"e1"},
                  {"contactKey":"c2","eventInstanceId":"e2","errorcode":"10000","message":"Interaction Count Limit"},
                  {"contactKey":"c3","errorcode":10005,"message":"bad"}]}
                """, BatchEntryResult.class);

        assertThat(result.getRequestId()).isEqualTo("r1");
        assertThat(result.getCount()).isEqualTo(3);
        assertThat(result.getNotQueuedCount()).isEqualTo(2);
        assertThat(result.getMembers()).extracting(BatchEntryMemberResult::getContactKey)
                .containsExactly("c1", "c2", "c3");
        assertThat(result.getMembers()).extracting(BatchEntryMemberResult::getErrorcode)
                .containsExactly(null, "10000", "10005");
        assertThat(result.getMembers()).extracting(BatchEntryMemberResult::hasError)
                .containsExactly(false, true, true);
    }

    @Test
    void batchResultWithoutMembersHasAnEmptyList() throws Exception {
        assertThat(MAPPER.readValue("{\"requestId\":\"r\"}", BatchEntryResult.class).getMembers()).isEmpty();
        assertThat(new BatchEntryRequest("k", null).getMembers()).isEmpty();
    }
}
