package io.sfmcjourney.examples.journeys;

import java.nio.file.Path;
import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import org.apache.camel.main.Main;

/**
 * Deploys a folder of event definitions and journeys as a CI step (Camel Main finds {@link DeployRoutes} in this
 * package):
 * {@code DeployJourneys [folder]} (default {@code sfmc}) reads {@code folder/event-definitions/*.json} and
 * {@code folder/journeys/*.json}, prints a report with the errors and warnings of every journey, and exits 1 when
 * any journey is not published. Talks to the embedded simulator unless SFMC credentials are in the environment.
 */
public final class DeployJourneys {

    private DeployJourneys() {
    }

    public static void main(String[] args) throws Exception {
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
        System.out.println(target.banner());
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
}
