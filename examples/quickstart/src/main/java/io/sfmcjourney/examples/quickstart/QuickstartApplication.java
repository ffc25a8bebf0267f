package io.sfmcjourney.examples.quickstart;

import java.util.List;
import java.util.Map;

import io.sfmcjourney.examples.support.SfmcTarget;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The quickstart: starts Camel Main with the YAML routes under {@code routes/}, runs the {@code direct:quickstart}
 * flow once (deploy, publish, enter contacts, follow history), prints the summary and exits 0 only when what was sent
 * matches what the API reports. Talks to the embedded simulator unless SFMC credentials are in the environment.
 * With the argument {@code cleanup} it removes what a run created instead ({@link QuickstartCleanup}).
 */
public final class QuickstartApplication {

    private QuickstartApplication() {
    }

    /** What a run creates in a tenant, announced before it starts. */
    static final String CREATES = "the event definition camel-sfmc-quickstart-entry (with its data extension), the"
            + " journey camel-sfmc-quickstart (a new published version per run) and the contacts of contacts.csv"
            + " (entered into the journey).";
    /** How to remove it. */
    static final String CLEANUP = "mvn -B -q -pl examples/quickstart -am package -DskipTests -Pquickstart"
            + " -Dexec.args=cleanup (stops and deletes the journey, deletes the event definition; contacts are"
            + " deleted in Contact Builder).";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "cleanup".equals(args[0])) {
            try (SfmcTarget target = SfmcTarget.fromEnvironment()) {
                cleanup(target, Map.of()).forEach(System.out::println);
            }
            return;
        }
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
        System.out.println(target.announcement(CREATES, CLEANUP));
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

    /**
     * Removes what runs against {@code target} created: the journey (stopped first, all versions) and the event
     * definition named in the quickstart's documents. Starts Camel Main without the quickstart's routes.
     *
     * @return one line per step
     */
    public static List<String> cleanup(SfmcTarget target, Map<String, String> overrides) throws Exception {
        System.out.println(target.banner());
        Main main = new Main(QuickstartApplication.class);
        target.properties().forEach(main::addOverrideProperty);
        overrides.forEach(main::addOverrideProperty);
        main.addOverrideProperty("camel.main.routes-collector-enabled", "false");
        main.start();
        try {
            return new QuickstartCleanup(main.getCamelContext(), main.getCamelTemplate()).run();
        } finally {
            main.stop();
        }
    }
}
