package io.sfmcjourney.examples.quickstart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/**
 * Removes what the quickstart created in the tenant: stops every running version of its journey, deletes the
 * journey (all versions) and then its entry event definition. The contacts it entered stay: contacts are deleted in
 * Contact Builder, not through the Journey Builder API. Safe to repeat: what is already gone is reported, not an error.
 */
public final class QuickstartCleanup {

    private static final Set<String> STOPPABLE = Set.of("Published", "Paused", "Unpublished");

    private final CamelContext context;
    private final ProducerTemplate template;
    private final List<String> done = new ArrayList<>();

    public QuickstartCleanup(CamelContext context, ProducerTemplate template) {
        this.context = context;
        this.template = template;
    }

    /** Removes the journey and event definition of the quickstart's documents; returns one line per step. */
    public List<String> run() throws Exception {
        JourneyDocuments documents = new JourneyDocuments();
        String journeyKey = (String) documents.load(property("quickstart.journey"), context).get("key");
        String eventKey = (String) documents.load(property("quickstart.event-definition"), context)
                .get("eventDefinitionKey");
        removeJourney(journeyKey);
        removeEventDefinition(eventKey);
        done.add("The contacts the quickstart entered stay in Contact Builder; delete them there if you want"
                 + " (Contact Builder > All Contacts, contact keys as in " + property("quickstart.contacts") + ").");
        return done;
    }

    private void removeJourney(String key) throws SfmcJourneyApiException {
        Map<?, ?> latest;
        try {
            latest = call("getInteractionByKey", Map.of(SfmcJourneyConstants.KEY, key));
        } catch (SfmcJourneyApiException e) {
            if (e.getStatusCode() == 404) {
                done.add("Journey " + key + ": not found, nothing to remove");
                return;
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
    }

    private void removeEventDefinition(String key) throws SfmcJourneyApiException {
        try {
            call("deleteEventDefinitionByKey", Map.of(SfmcJourneyConstants.KEY, key));
            done.add("Event definition " + key + ": deleted");
        } catch (SfmcJourneyApiException e) {
            // SFMC answers an unknown event definition key with 400, errorcode 30000 (or 404)
            if (e.getStatusCode() == 404 || e.getStatusCode() == 400 && Integer.valueOf(30000).equals(
                    e.getErrorCode())) {
                done.add("Event definition " + key + ": not found, nothing to remove");
                return;
            }
            throw e;
        }
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

    private String property(String name) {
        return context.getPropertiesComponent().resolveProperty(name)
                .orElseThrow(() -> new IllegalStateException("property " + name + " is not set"));
    }
}
