package io.sfmcjourney.examples.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.ValidationIssue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the journeys-as-code deployment against the simulator, as CI would against a tenant. */
class DeployJourneysTest {

    private static final Path SHIPPED = Path.of("sfmc");
    private static final Map<String, String> FAST = Map.of("deploy.publish-poll-interval", "20");

    /** While set, publishing the welcome series fails the way SFMC reports an invalid journey. */
    private final AtomicBoolean rejectWelcomeSeries = new AtomicBoolean();

    private final SfmcSimulator simulator = SfmcSimulator.builder().publishDelay(Duration.ofMillis(50))
            .addValidationRule(journey -> rejectWelcomeSeries.get() && "welcome-series".equals(journey.path("key").asText())
                    ? List.of(ValidationIssue.error("121226", "The default email address in Journey Settings is invalid.",
                            Map.of("definitionId", journey.path("definitionId").asText())))
                    : List.of())
            .start();

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private DeploymentReport deploy(Path folder) throws Exception {
        return DeployJourneys.deploy(SfmcTarget.simulator(simulator), folder, FAST);
    }

    @Test
    void theShippedFolderDeploysAndPublishesEveryJourney() throws Exception {
        DeploymentReport report = deploy(SHIPPED);

        assertThat(report.exitCode()).isZero();
        assertThat(report.journeys()).extracting(JourneyOutcome::key, JourneyOutcome::version, JourneyOutcome::action,
                JourneyOutcome::publishStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order-follow-up", 1, "created", "PublishCompleted"),
                        org.assertj.core.groups.Tuple.tuple("welcome-series", 1, "created", "PublishCompleted"));
        // a journey without activities would carry the simulator's warning; these have a wait each
        assertThat(report.journeys()).allSatisfy(journey -> assertThat(journey.warnings()).isEmpty());
        assertThat(simulator.counters().calls("postEventDefinition")).isEqualTo(2);
        assertThat(simulator.journal().requestsFor("postInteraction"))
                .allSatisfy(request -> assertThat(request.body()).contains("\"eventDefinitionId\""));
        assertThat(report.render()).contains("result: 2 of 2 journeys published");
    }

    @Test
    void aSecondRunKeepsTheEventDefinitionsAndPublishesNewVersions() throws Exception {
        deploy(SHIPPED);

        DeploymentReport second = deploy(SHIPPED);

        assertThat(second.exitCode()).isZero();
        assertThat(second.journeys()).extracting(JourneyOutcome::version, JourneyOutcome::action)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(2, "new version"));
        assertThat(simulator.counters().calls("postEventDefinition")).isEqualTo(2);
        assertThat(second.render()).contains("exists");
    }

    @Test
    void aPublishErrorIsReportedForItsJourneyAndFailsTheRun() throws Exception {
        rejectWelcomeSeries.set(true);

        DeploymentReport report = deploy(SHIPPED);

        assertThat(report.exitCode()).isEqualTo(1);
        JourneyOutcome welcome = outcome(report, "welcome-series");
        assertThat(welcome.publishStatus()).isEqualTo("Error");
        assertThat(welcome.errors()).containsExactly("121226: The default email address in Journey Settings is invalid.");
        assertThat(outcome(report, "order-follow-up").succeeded()).isTrue();
        assertThat(report.render()).contains("result: 1 of 2 journeys published, 1 FAILED", "error   121226");
    }

    @Test
    void aDraftLeftByAFailedRunIsUpdatedInPlaceAndPublishedByTheNextRun() throws Exception {
        rejectWelcomeSeries.set(true);
        deploy(SHIPPED);
        rejectWelcomeSeries.set(false);

        DeploymentReport retry = deploy(SHIPPED);

        assertThat(retry.exitCode()).isZero();
        JourneyOutcome welcome = outcome(retry, "welcome-series");
        assertThat(welcome.version()).isEqualTo(1);
        assertThat(welcome.action()).isIn("draft updated", "draft unchanged");
        assertThat(welcome.publishStatus()).isEqualTo("PublishCompleted");
        assertThat(outcome(retry, "order-follow-up").version()).isEqualTo(2);
    }

    @Test
    void aJourneyWhoseEntryEventDoesNotExistFailsWithSfmcsMessage() throws Exception {
        DeploymentReport report = deploy(Path.of("src/test/resources/unknown-event"));

        assertThat(report.exitCode()).isEqualTo(1);
        JourneyOutcome lost = report.journeys().get(0);
        assertThat(lost.file()).isEqualTo("lost.json");
        assertThat(lost.failure()).contains("Event definition not found");
        assertThat(simulator.counters().calls("postInteraction")).isZero();
    }

    @Test
    void anEmptyFolderIsAFailureNotASilentSuccess() throws Exception {
        DeploymentReport report = deploy(Path.of("src/test/resources/no-such-folder"));

        assertThat(report.journeys()).isEmpty();
        assertThat(report.exitCode()).isEqualTo(1);
    }

    private static JourneyOutcome outcome(DeploymentReport report, String key) {
        return report.journeys().stream().filter(journey -> key.equals(journey.key())).findFirst().orElseThrow();
    }

    @Test
    void cleanupRemovesTheFoldersJourneysAndEventDefinitionsAndCanBeRepeated() throws Exception {
        DeployJourneys.deploy(SfmcTarget.simulator(simulator), SHIPPED, FAST);

        List<String> first = DeployJourneys.cleanup(SfmcTarget.simulator(simulator), SHIPPED);
        List<String> again = DeployJourneys.cleanup(SfmcTarget.simulator(simulator), SHIPPED);

        assertThat(first).contains("Event definition newsletter-signup: deleted", "Event definition order-placed: deleted")
                .anySatisfy(line -> assertThat(line).startsWith("Journey welcome-series (id ").endsWith("deleted with all its versions"))
                .anySatisfy(line -> assertThat(line).startsWith("Journey order-follow-up (id ").endsWith("deleted with all its versions"));
        assertThat(simulator.counters().calls("stop")).isEqualTo(2);
        assertThat(simulator.counters().calls("deleteInteraction")).isEqualTo(2);
        assertThat(again).containsExactly("Journey order-follow-up: not found, nothing to remove",
                "Journey welcome-series: not found, nothing to remove",
                "Event definition newsletter-signup: not found, nothing to remove",
                "Event definition order-placed: not found, nothing to remove");
    }
}
