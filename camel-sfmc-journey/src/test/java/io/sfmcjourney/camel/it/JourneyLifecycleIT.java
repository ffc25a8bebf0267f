package io.sfmcjourney.camel.it;

import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.KEY;
import static io.sfmcjourney.camel.SfmcJourneyConstants.VERSION_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** Validate, publish (and their status reads), stop, pause and resume, by id and by key. */
class JourneyLifecycleIT extends SimulatorTestSupport {

    @Test
    void validateAndPublishByIdThenReadTheirStatus() throws Exception {
        String id = (String) createPublishableJourney("lc-id", "ev-lc").get("id");
        MockEndpoint validations = delivered(SfmcJourneyMethod.validateStatus);
        validations.expectedMessageCount(1);
        validations.expectedMessagesMatches(exchange -> "ValidateCompleted".equals(statusOf(exchange)));
        MockEndpoint publications = delivered(SfmcJourneyMethod.publishStatus);
        publications.expectedMessageCount(1);
        publications.expectedHeaderReceived(SfmcJourneyConstants.METHOD, "publishStatus");
        publications.expectedMessagesMatches(exchange -> "PublishCompleted".equals(statusOf(exchange)));

        Map<String, Object> validation = okMap(SfmcJourneyMethod.validateInteractionById, null, ID, id,
                VERSION_NUMBER, 1);
        assertCommand(SfmcJourneyMethod.validateInteractionById, "/interaction/v1/interactions/validateAsync/" + id);
        okMap(SfmcJourneyMethod.validateStatus, null, ID, validation.get("statusId"));
        assertThat(onlyRequest(SfmcJourneyMethod.validateStatus).rawPath())
                .isEqualTo("/interaction/v1/interactions/validateStatus/" + validation.get("statusId"));

        Map<String, Object> publication = okMap(SfmcJourneyMethod.publishInteractionById, null, ID, id,
                VERSION_NUMBER, 1);
        assertCommand(SfmcJourneyMethod.publishInteractionById, "/interaction/v1/interactions/publishAsync/" + id);
        assertThat((String) publication.get("statusUrl")).endsWith("/publishStatus/" + publication.get("statusId"));
        Map<String, Object> published = okMap(SfmcJourneyMethod.publishStatus, null, ID, publication.get("statusId"));
        assertThat(onlyRequest(SfmcJourneyMethod.publishStatus).rawPath())
                .isEqualTo("/interaction/v1/interactions/publishStatus/" + publication.get("statusId"));
        assertThat(asList(published.get("errors"))).isEmpty();
        MockEndpoint.assertIsSatisfied(validations, publications);
        assertThat(journeyStatus(id)).isEqualTo("Published");
    }

    private static Object statusOf(Exchange exchange) {
        return asMap(exchange.getMessage().getBody()).get("status");
    }

    @Test
    void validateAndPublishByKeyTakeTheVersionFromTheEndpointOption() {
        String id = (String) createPublishableJourney("lc-key", "ev-lc-key").get("id");

        Exchange validated = callUri("sfmc-journey:validateInteractionByKey?key=lc-key&versionNumber=1", null);
        assertThat(validated.getException()).isNull();
        assertCommand(SfmcJourneyMethod.validateInteractionByKey,
                "/interaction/v1/interactions/validateAsync/key:lc-key");

        Exchange published = callUri("sfmc-journey:publishInteractionByKey?key=lc-key&versionNumber=1", null);
        assertThat(published.getException()).isNull();
        assertThat(asMap(published.getMessage().getBody())).containsKey("statusId");
        assertCommand(SfmcJourneyMethod.publishInteractionByKey,
                "/interaction/v1/interactions/publishAsync/key:lc-key");
        okMap(SfmcJourneyMethod.publishStatus, null, ID, asMap(published.getMessage().getBody()).get("statusId"));
        assertThat(journeyStatus(id)).isEqualTo("Published");
    }

    @Test
    void pauseAndResumeByIdAndByKey() {
        String id = publishedJourney("pr", "ev-pr");

        Exchange paused = ok(SfmcJourneyMethod.pauseInteractionById, Map.of("PausedDays", 3), ID, id,
                VERSION_NUMBER, 1);
        assertThat(status(paused)).isEqualTo(202);
        assertThat(asMap(paused.getMessage().getBody())).containsEntry("status", "Accepted");
        RecordedRequest pause = onlyRequest(SfmcJourneyMethod.pauseInteractionById);
        assertThat(pause.rawPath()).isEqualTo("/interaction/v1/interactions/pause/" + id);
        assertThat(pause.body()).isEqualTo("{\"PausedDays\":3}");
        assertThat(journeyStatus(id)).isEqualTo("Paused");

        ok(SfmcJourneyMethod.resumeInteractionById, null, ID, id, VERSION_NUMBER, 1);
        assertCommand(SfmcJourneyMethod.resumeInteractionById, "/interaction/v1/interactions/resume/" + id);
        assertThat(journeyStatus(id)).isEqualTo("Published");

        Exchange pausedByKey = callUri("sfmc-journey:pauseInteractionByKey?key=pr&allVersions=true", null);
        assertThat(pausedByKey.getException()).isNull();
        RecordedRequest pauseByKey = onlyRequest(SfmcJourneyMethod.pauseInteractionByKey);
        assertThat(pauseByKey.rawPath()).isEqualTo("/interaction/v1/interactions/pause/key:pr");
        assertThat(pauseByKey.query()).containsEntry("allVersions", List.of("true"));
        assertThat(journeyStatus(id)).isEqualTo("Paused");

        Exchange resumedByKey = callUri("sfmc-journey:resumeInteractionByKey?key=pr&allVersions=true", null);
        assertThat(resumedByKey.getException()).isNull();
        assertThat(onlyRequest(SfmcJourneyMethod.resumeInteractionByKey).rawPath())
                .isEqualTo("/interaction/v1/interactions/resume/key:pr");
        assertThat(journeyStatus(id)).isEqualTo("Published");
    }

    @Test
    void stopByIdAnswersNoBody() {
        String id = publishedJourney("st", "ev-st");

        Exchange stopped = ok(SfmcJourneyMethod.stop, null, ID, id, VERSION_NUMBER, 1);

        assertThat(status(stopped)).isEqualTo(200);
        assertThat(stopped.getMessage().getBody()).isNull();
        assertCommand(SfmcJourneyMethod.stop, "/interaction/v1/interactions/stop/" + id);
        assertThat(journeyStatus(id)).isEqualTo("Stopped");
    }

    @Test
    void stopByKey() {
        String id = publishedJourney("st-key", "ev-st-key");

        ok(SfmcJourneyMethod.stopByKey, null, KEY, "st-key", VERSION_NUMBER, 1);

        assertCommand(SfmcJourneyMethod.stopByKey, "/interaction/v1/interactions/stop/key:st-key");
        assertThat(journeyStatus(id)).isEqualTo("Stopped");
    }

    @Test
    void missingVersionNumberFailsBeforeAnyCall() {
        String id = (String) createPublishableJourney("no-version", "ev-nv").get("id");

        Exchange exchange = call(SfmcJourneyMethod.publishInteractionById, null, ID, id);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CamelSfmcJourneyVersionNumber");
        assertThat(sim().journal().requestsFor("publishInteractionById")).isEmpty();
    }

    /** A command's call: POST, the path, versionNumber or allVersions in the query, a JSON object body. */
    private void assertCommand(SfmcJourneyMethod method, String path) {
        RecordedRequest request = onlyRequest(method);
        assertThat(request.verb()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo(path);
        assertThat(request.query()).containsAnyOf(Map.entry("versionNumber", List.of("1")),
                Map.entry("allVersions", List.of("true")));
        assertThat(request.body()).isEqualTo("{}");
    }
}
