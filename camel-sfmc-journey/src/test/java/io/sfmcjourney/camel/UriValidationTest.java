package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** URIs checked by Camel's runtime catalog against the generated component JSON. */
class UriValidationTest {

    private static DefaultCamelContext context;
    private static RuntimeCamelCatalog catalog;

    @BeforeAll
    static void createCatalog() {
        context = new DefaultCamelContext();
        context.start();
        catalog = PluginHelper.getRuntimeCamelCatalog(context);
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @Test
    void typicalUrisAreValid() throws Exception {
        assertValid("sfmc-journey:postInteractionsEvents");
        assertValid("sfmc-journey:getInteraction?id=6fb54bc3&versionNumber=2&extras=all");
        assertValid("sfmc-journey:getInteractionCollection?page=2&pageSize=50&orderBy=Name%20ASC"
                    + "&mostRecentVersionOnly=false&status=Published");
        assertValid("sfmc-journey:publishInteractionByKey?key=my-journey&versionNumber=1&rawJson=true");
        assertValid("sfmc-journey:getAsyncEventsStatus?type=queued&requestId=r-1");
        assertValid("sfmc-journey:getHistory?clientId=abc&clientSecret=RAW(s3cr+t)&subdomain=mc-123"
                    + "&maxRetries=0&retryInitialDelay=250&retryMaxDelay=5s&retryMaxTotalWait=1m");
    }

    @Test
    void unknownOptionIsReported() throws Exception {
        EndpointValidationResult result = validate("sfmc-journey:getInteraction?id=x&bogusOption=1");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("bogusOption");
    }

    @Test
    void badIntegerIsReported() throws Exception {
        EndpointValidationResult result = validate("sfmc-journey:getInteractionCollection?pageSize=fifty");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidInteger()).containsKey("pageSize");
    }

    @Test
    void unknownMethodIsReported() throws Exception {
        EndpointValidationResult result = validate("sfmc-journey:getJourneys");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("method", "getJourneys");
        assertThat(result.getInvalidEnumChoices().get("method")).contains("getInteractionCollection");
    }

    @Test
    void badEnumAndBadDurationAreReported() throws Exception {
        EndpointValidationResult badType = validate("sfmc-journey:getAsyncEventsStatus?type=failed");
        assertThat(badType.getInvalidEnum()).containsEntry("type", "failed");

        EndpointValidationResult badDuration = validate("sfmc-journey:getHistory?retryMaxDelay=soon");
        assertThat(badDuration.isSuccess()).isFalse();
        assertThat(badDuration.getInvalidDuration()).containsKey("retryMaxDelay");
    }

    private static void assertValid(String uri) throws Exception {
        EndpointValidationResult result = validate(uri);
        assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
    }

    private static EndpointValidationResult validate(String uri) throws Exception {
        return catalog.validateProperties("sfmc-journey", catalog.endpointProperties(uri));
    }
}
