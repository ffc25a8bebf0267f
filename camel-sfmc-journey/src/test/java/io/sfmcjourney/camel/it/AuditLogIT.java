package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.AuditEntry;
import io.sfmcjourney.camel.model.Page;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** The audit log of a journey, by id and by key, under both envelope spellings the reference knows. */
class AuditLogIT extends SimulatorTestSupport {

    @Test
    void allActionsOfAJourneyNewestFirst() throws Exception {
        String id = publishedJourney("j-audit", "ev-audit");

        Map<String, Object> page = okMap(SfmcJourneyMethod.getInteractionAudit, null, SfmcJourneyConstants.ID, id);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getInteractionAudit);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/" + id + "/audit/all");
        assertThat(asList(page.get("items"))).extracting(item -> item.get("action"))
                .containsExactly("Publish", "Create");
        Page<AuditEntry> entries = SfmcJson.mapper().convertValue(page, SfmcJson.pageOf(AuditEntry.class));
        assertThat(entries.getItems().get(0).getPublishStatus()).isEqualTo("PublishCompleted");
        assertThat(entries.getItems().get(0).getKey()).isEqualTo("j-audit");
    }

    @Test
    void byKeyWithAnActionAndAVersionNumber() {
        publishedJourney("j-audit-key", "ev-audit-key");

        Exchange exchange = callUri("sfmc-journey:getInteractionAuditByKey?key=j-audit-key&action=publish"
                                    + "&versionNumber=1", null);

        assertThat(exchange.getException()).isNull();
        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getInteractionAuditByKey);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/key:j-audit-key/audit/publish");
        assertThat(request.query()).containsEntry("versionNumber", List.of("1"));
        assertThat(asList(asMap(exchange.getMessage().getBody()).get("items"))).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("action", "Publish"));
    }

    @Test
    void theActionHeaderIsCheckedBeforeAnyCall() {
        Exchange exchange = call(SfmcJourneyMethod.getInteractionAudit, null, SfmcJourneyConstants.ID, "some-id",
                SfmcJourneyConstants.AUDIT_ACTION, "stop");

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("getInteractionAudit").hasMessageContaining(SfmcJourneyConstants.AUDIT_ACTION)
                .hasMessageContaining("all, create, delete, modify, publish, unpublish");
        assertThat(sim().journal().requestsFor("getInteractionAudit")).isEmpty();
    }

    @Test
    void thePascalCaseEnvelopeOfTheDocumentationReadsIntoThePageModel() {
        String id = publishedJourney("j-audit-pascal", "ev-audit-pascal");
        sim().quirks().pascalCaseAuditEnvelope(true);
        try {
            Exchange exchange = callUri("sfmc-journey:getInteractionAudit?action=create&outputClass="
                                        + Page.class.getName(), null, SfmcJourneyConstants.ID, id);

            assertThat(exchange.getException()).isNull();
            Page<?> page = exchange.getMessage().getBody(Page.class);
            assertThat(page.getCount()).isEqualTo(1);
            assertThat(page.getItems()).hasSize(1);
        } finally {
            sim().quirks().pascalCaseAuditEnvelope(false);
        }
    }
}
