package io.sfmcjourney.examples.quickstart;

import java.util.List;

import io.sfmcjourney.examples.support.TenantCleanup;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * Removes what the quickstart created in the tenant: its journey (running versions stopped first, then all versions
 * deleted) and its entry event definition, both named in the quickstart's documents. The contacts it entered stay.
 */
final class QuickstartCleanup {

    private final CamelContext context;
    private final ProducerTemplate template;

    QuickstartCleanup(CamelContext context, ProducerTemplate template) {
        this.context = context;
        this.template = template;
    }

    /** Removes the journey and event definition; returns one line per step. */
    List<String> run() throws Exception {
        JourneyDocuments documents = new JourneyDocuments();
        String journeyKey = (String) documents.load(property("quickstart.journey"), context).get("key");
        String eventKey = (String) documents.load(property("quickstart.event-definition"), context)
                .get("eventDefinitionKey");
        return new TenantCleanup(template).removeJourney(journeyKey).removeEventDefinition(eventKey)
                .note("The contacts the quickstart entered stay in Contact Builder; delete them there if you want"
                      + " (Contact Builder > All Contacts, the contact keys of " + property("quickstart.contacts")
                      + ").")
                .report();
    }

    private String property(String name) {
        return context.getPropertiesComponent().resolveProperty(name)
                .orElseThrow(() -> new IllegalStateException("property " + name + " is not set"));
    }
}
