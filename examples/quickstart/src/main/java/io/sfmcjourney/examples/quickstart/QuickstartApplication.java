package io.sfmcjourney.examples.quickstart;

import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The quickstart: starts Camel Main with the YAML routes under {@code routes/}, runs the {@code direct:quickstart}
 * flow once (deploy, publish, enter contacts, follow history), prints the summary and exits 0 only when what was sent
 * matches what the API reports. Talks to the embedded simulator unless SFMC credentials are in the environment.
 */
public final class QuickstartApplication {

    private QuickstartApplication() {
    }

    public static void main(String[] args) throws Exception {
        RunSummary summary;
        try (SfmcTarget target = SfmcTarget.fromEnvironment()) {
            summary = run(target, Map.of());
        }
        System.out.println(summary.render());
        if (!summary.consistent()) {
            System.exit(summary.exitCode());
        }
    }

    /**
     * Runs the quickstart flow once against {@code target}.
     *
     * @param overrides properties that win over {@code application.properties}, e.g. {@code quickstart.contacts}
     */
    public static RunSummary run(SfmcTarget target, Map<String, String> overrides) throws Exception {
        System.out.println(target.banner());
        Main main = new Main(QuickstartApplication.class);
        target.properties().forEach(main::addOverrideProperty);
        overrides.forEach(main::addOverrideProperty);
        main.start();
        try {
            ProducerTemplate template = main.getCamelTemplate();
            return template.requestBody("direct:quickstart", null, RunSummary.class);
        } finally {
            main.stop();
        }
    }
}
