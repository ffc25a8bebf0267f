package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishStatusModelTest {

    private static final ObjectMapper MAPPER = SfmcJson.mapper();

    @Test
    void missingErrorsAndWarningsAreEmptyLists() throws Exception {
        PublishStatus status = MAPPER.readValue("{\"statusId\":\"s1\",\"status\":\"PublishInProcess\"}",
                PublishStatus.class);

        assertThat(status.getStatusId()).isEqualTo("s1");
        assertThat(status.getErrors()).isEmpty();
        assertThat(status.getWarnings()).isEmpty();
    }

    @Test
    void issueCodesAreTextAndInfoIsKept() throws Exception {
        PublishStatus status = MAPPER.readValue("""
                {"status":"Error","errors":[{"errorDetail":"bad","errorCode":"121008","errorType":"Error",
                  "additionalInfo":{"activityKey":"EMAILV2-1","definitionId":"d1"}}]}
                """, PublishStatus.class);

        PublishIssue issue = status.getErrors().get(0);
        assertThat(issue.getErrorCode()).isEqualTo("121008");
        assertThat(issue.getErrorType()).isEqualTo("Error");
        assertThat(issue.getAdditionalInfo()).containsEntry("activityKey", "EMAILV2-1");
    }

    @ParameterizedTest
    @CsvSource({
        "PublishInProcess, false, false, false",
        "ValidateInProcess, false, false, false",
        "PublishCompleted, true, true, false",
        "ValidateCompleted, true, true, false",
        "Error, true, false, true"})
    void statusTellsWhetherPollingIsOver(String value, boolean finished, boolean completed, boolean failed) {
        PublishStatus status = new PublishStatus();
        status.setStatus(value);

        assertThat(status.isFinished()).isEqualTo(finished);
        assertThat(status.isCompleted()).isEqualTo(completed);
        assertThat(status.isFailed()).isEqualTo(failed);
    }

    @Test
    void derivedFlagsAreNotWritten() throws Exception {
        PublishStatus status = new PublishStatus();
        status.setStatus("Error");

        assertThat(MAPPER.writeValueAsString(status)).isEqualTo("{\"status\":\"Error\",\"errors\":[],\"warnings\":[]}");
    }

    @Test
    void asyncOperationCarriesTheStatusToPoll() throws Exception {
        AsyncOperation operation = MAPPER.readValue(
                "{\"statusUrl\":\"/interaction/v1/interactions/publishStatus/s1\",\"statusId\":\"s1\"}",
                AsyncOperation.class);

        assertThat(operation.getStatusId()).isEqualTo("s1");
        assertThat(operation.getStatusUrl()).endsWith("/publishStatus/s1");
    }
}
