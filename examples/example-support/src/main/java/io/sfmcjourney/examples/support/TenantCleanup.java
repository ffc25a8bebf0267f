package io.sfmcjourney.examples.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Removes journeys and event definitions an example created, through the {@code sfmc-journey} component of the
 * template's CamelContext: a journey's running versions are stopped, then the journey is deleted with all its
 * versions; event definitions are deleted by key. Safe to repeat: what is already gone is reported, not an error.
 * Contacts are not removed: SFMC deletes contacts in Contact Builder, not through the Journey Builder API.
 */
public final class TenantCleanup {

    private static final Set<String> STOPPABLE = Set.of("Published", "Paused", "Unpublished");
    private static final int UNKNOWN_EVENT_DEFINITION = 30000;

    private final ProducerTemplate template;
    private final List<String> done = new ArrayList<>();

    public TenantCleanup(ProducerTemplate template) {
        this.template = template;
    }

    /** Cleanup steps to run against a tenant. */
    @FunctionalInterface
    public interface Steps {
        void apply(TenantCleanup cleanup) throws Exception;
    }

    /**
     * Runs {@code steps} in a CamelContext of its own whose component is connected to {@code target}.
     *
     * @return one line per step
     */
    public static List<String> against(SfmcTarget target, Steps steps) throws Exception {
        Map<String, String> connection = target.properties();
        try (CamelContext camel = new DefaultCamelContext()) {
            SfmcJourneyConfiguration configuration
                    = camel.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
            configuration.setClientId(connection.get(SfmcTarget.CLIENT_ID_PROPERTY));
            configuration.setClientSecret(connection.get(SfmcTarget.CLIENT_SECRET_PROPERTY));
            configuration.setSubdomain(blankToNull(connection.get(SfmcTarget.SUBDOMAIN_PROPERTY)));
            configuration.setAuthUrl(blankToNull(connection.get(SfmcTarget.AUTH_URL_PROPERTY)));
            configuration.setAccountId(blankToNull(connection.get(SfmcTarget.ACCOUNT_ID_PROPERTY)));
            camel.start();
            TenantCleanup cleanup = new TenantCleanup(camel.createProducerTemplate());
            steps.apply(cleanup);
            return cleanup.report();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Stops every running version of the journey of {@code key} and deletes the journey. */
    public TenantCleanup removeJourney(String key) throws SfmcJourneyApiException {
        Map<?, ?> latest;
        try {
            latest = call("getInteractionByKey", Map.of(SfmcJourneyConstants.KEY, key));
        } catch (SfmcJourneyApiException e) {
            if (e.getStatusCode() == 404) {
                done.add("Journey " + key + ": not found, nothing to remove");
                return this;
            }
            throw e;
        }
        String id = String.valueOf(latest.get("id"));
        Map<?, ?> versions = call("getInteractionCollection?mostRecentVersionOnly=false&pageSize=50",
                Map.of(SfmcJourneyConstants.ID, id));
        for (Object item : (List<?>) versions.get("items")) {
            Map<?, ?> version = (Map<?, ?>) item;
            if (STOPPABLE.contains(String.valueOf(version.get("status")))) {
                call("stop", Map.of(SfmcJourneyConstants.ID, id, SfmcJourneyConstants.VERSION_NUMBER,
                        version.get("version")));
                done.add("Journey " + key + " version " + version.get("version") + ": stopped");
            }
        }
        call("deleteInteraction", Map.of(SfmcJourneyConstants.ID, id));
        done.add("Journey " + key + " (id " + id + "): deleted with all its versions");
        return this;
    }

    /** Deletes the event definition of {@code key}. */
    public TenantCleanup removeEventDefinition(String key) throws SfmcJourneyApiException {
        try {
            call("deleteEventDefinitionByKey", Map.of(SfmcJourneyConstants.KEY, key));
            done.add("Event definition " + key + ": deleted");
        } catch (SfmcJourneyApiException e) {
            // SFMC answers an unknown event definition key with 400, errorcode 30000 (or 404)
            if (e.getStatusCode() == 404 || e.getStatusCode() == 400
                                            && Integer.valueOf(UNKNOWN_EVENT_DEFINITION).equals(e.getErrorCode())) {
                done.add("Event definition " + key + ": not found, nothing to remove");
                return this;
            }
            throw e;
        }
        return this;
    }

    /** Adds a line to the report, e.g. what the cleanup leaves in place. */
    public TenantCleanup note(String line) {
        done.add(line);
        return this;
    }

    /** One line per step, in order. */
    public List<String> report() {
        return List.copyOf(done);
    }

    private Map<?, ?> call(String method, Map<String, Object> headers) throws SfmcJourneyApiException {
        try {
            Object answer = template.requestBodyAndHeaders("sfmc-journey:" + method, null, headers);
            return answer instanceof Map<?, ?> map ? map : Map.of();
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof SfmcJourneyApiException api) {
                throw api;
            }
            throw e;
        }
    }
}
