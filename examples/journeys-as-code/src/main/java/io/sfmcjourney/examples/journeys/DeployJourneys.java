package io.sfmcjourney.examples.journeys;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.examples.support.TenantCleanup;
import org.apache.camel.main.Main;

/**
 * Deploys a folder of event definitions and journeys as a CI step (Camel Main finds {@link DeployRoutes} in this
 * package):
 * {@code DeployJourneys [folder]} (default {@code sfmc}) reads {@code folder/event-definitions/*.json} and
 * {@code folder/journeys/*.json}, prints a report with the errors and warnings of every journey, and exits 1 when
 * any journey is not published. Talks to the embedded simulator unless SFMC credentials are in the environment.
 * {@code DeployJourneys cleanup [folder]} removes the folder's journeys and event definitions from the tenant again.
 */
public final class DeployJourneys {

    private DeployJourneys() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "cleanup".equals(args[0])) {
            try (SfmcTarget target = SfmcTarget.fromEnvironment()) {
                cleanup(target, Path.of(args.length > 1 ? args[1] : "sfmc")).forEach(System.out::println);
            }
            return;
        }
        Path folder = Path.of(args.length > 0 ? args[0] : "sfmc");
        DeploymentReport report;
        try (SfmcTarget target = SfmcTarget.fromEnvironment()) {
            report = deploy(target, folder, Map.of());
        }
        System.out.println(report.render());
        if (report.exitCode() != 0) {
            System.exit(report.exitCode());
        }
    }

    /**
     * Deploys {@code folder} to {@code target} and returns the report.
     *
     * @param overrides properties that win over {@code application.properties}
     */
    public static DeploymentReport deploy(SfmcTarget target, Path folder, Map<String, String> overrides)
            throws Exception {
        System.out.println(target.announcement("the event definitions of " + folder.resolve("event-definitions")
                + " (with their data extensions) and the journeys of " + folder.resolve("journeys")
                + " (created or updated by key, then published).",
                "mvn -B -q -pl examples/journeys-as-code exec:java -Dexec.args=\"cleanup " + folder + "\" (stops and"
                + " deletes those journeys, deletes those event definitions)."));
        System.out.println("Deploying " + folder.toAbsolutePath());
        DeploymentReport report = new DeploymentReport();
        Main main = new Main(DeployJourneys.class);
        main.bind("report", report);
        target.properties().forEach(main::addOverrideProperty);
        main.addOverrideProperty("deploy.folder", folder.toAbsolutePath().toString());
        overrides.forEach(main::addOverrideProperty);
        main.start();
        try {
            main.getCamelTemplate().sendBody("direct:deploy", null);
        } finally {
            main.stop();
        }
        return report;
    }

    /**
     * Removes the journeys (running versions stopped, all versions deleted) and then the event definitions of
     * {@code folder} from {@code target}, by the keys in their files.
     *
     * @return one line per step
     */
    public static List<String> cleanup(SfmcTarget target, Path folder) throws Exception {
        System.out.println(target.banner());
        JsonFiles files = new JsonFiles();
        return TenantCleanup.against(target, cleanup -> {
            for (String file : files.list(folder.resolve("journeys").toString())) {
                cleanup.removeJourney((String) files.load(file).get("key"));
            }
            for (String file : files.list(folder.resolve("event-definitions").toString())) {
                cleanup.removeEventDefinition((String) files.load(file).get("eventDefinitionKey"));
            }
        });
    }
}
