package io.sfmcjourney.camel.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SfmcRequestFactoryTest {

    private static final CamelContext CONTEXT = new DefaultCamelContext();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SfmcJourneyEndpointOptions options = new SfmcJourneyEndpointOptions();

    @AfterAll
    static void closeContext() throws Exception {
        CONTEXT.close();
    }

    @Test
    void optionsFillPathQueryAndVerb() {
        options.setId("j-1");
        options.setVersionNumber(2);
        options.setExtras("all");
        options.setPage(3); // not a getInteraction parameter: not sent

        SfmcRequest request = create(SfmcJourneyMethod.getInteraction, exchange());

        assertThat(request.method()).isEqualTo("getInteraction");
        assertThat(request.verb()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/interaction/v1/interactions/j-1");
        assertThat(request.query()).containsExactly(entry("versionNumber", "2"), entry("extras", "all"));
        assertThat(request.body()).isNull();
        assertThat(request.idempotent()).isTrue();
    }

    @Test
    void givenValuesWithoutAMessageWinOverOptionsAndAreCheckedTheSameWay() throws Exception {
        options.setId("from-option");
        options.setOrderBy("ModifiedDate DESC");
        SfmcRequestFactory factory = new SfmcRequestFactory(SfmcJourneyMethod.searchJourneyHistory, options);

        SfmcRequest request = factory.create(Map.of(), Map.of("$page", 2, "$pageSize", 10),
                Map.of("statuses", List.of("Failed")));

        assertThat(request.path()).isEqualTo("/interaction/v1/interactions/journeyhistory/search");
        assertThat(request.query()).containsExactlyInAnyOrder(entry("$orderBy", "ModifiedDate DESC"),
                entry("$page", "2"), entry("$pageSize", "10"));
        assertThat(JSON.readTree(request.body()).get("statuses").get(0).asText()).isEqualTo("Failed");
        assertThat(new SfmcRequestFactory(SfmcJourneyMethod.publishStatus, options)
                .create(Map.of(PathVariable.id, "status-1"), Map.of(), null).path())
                .isEqualTo("/interaction/v1/interactions/publishStatus/status-1");
        assertThatThrownBy(() -> new SfmcRequestFactory(SfmcJourneyMethod.stop, new SfmcJourneyEndpointOptions())
                .create(Map.of(PathVariable.id, "j-1"), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("versionNumber");
    }

    @Test
    void headersWinOverOptions() {
        options.setKey("from-option");
        options.setVersionNumber(1);
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.KEY, "from-header");
        exchange.getMessage().setHeader(SfmcJourneyConstants.VERSION_NUMBER, "7");

        SfmcRequest request = create(SfmcJourneyMethod.publishInteractionByKey, exchange);

        assertThat(request.path()).isEqualTo("/interaction/v1/interactions/publishAsync/key:from-header");
        assertThat(request.query()).containsExactly(entry("versionNumber", "7"));
        assertThat(request.idempotent()).isFalse();
    }

    @Test
    void eventDefinitionIdFillsBothSpellingsOfThePlaceholder() {
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.EVENT_DEFINITION_ID, "ev 1");

        assertThat(create(SfmcJourneyMethod.getTriggerStatistics, exchange).path())
                .isEqualTo("/interaction/v1/triggerstats/ev%201");
        assertThat(create(SfmcJourneyMethod.updateTriggerTest, exchange).path())
                .isEqualTo("/interaction/v1/interactions/triggerTest/ev%201");
    }

    @Test
    void queryOptionsUseSfmcNamesAndOnlyWhereAccepted() {
        options.setPage(2);
        options.setPageSize(25);
        options.setOrderBy("Name ASC");
        options.setStatus("Published");
        options.setMostRecentVersionOnly(false);
        options.setName("ignored-here");

        SfmcRequest request = create(SfmcJourneyMethod.getInteractionCollection, exchange());

        assertThat(request.path()).isEqualTo("/interaction/v1/interactions");
        assertThat(request.query()).containsExactlyInAnyOrder(entry("$page", "2"), entry("$pageSize", "25"),
                entry("$orderBy", "Name ASC"), entry("status", "Published"), entry("mostRecentVersionOnly", "false"));
    }

    @Test
    void idAndKeyFilterTheJourneyCollectionButStayInThePathElsewhere() {
        options.setId("j-1");
        options.setKey("k-1");
        options.setVersionNumber(2);
        Exchange overridden = exchange();
        overridden.getMessage().setHeader(SfmcJourneyConstants.ID, "j-2");
        overridden.getMessage().setHeader(SfmcJourneyConstants.KEY, "k-2");

        SfmcRequest fromOptions = create(SfmcJourneyMethod.getInteractionCollection, exchange());
        SfmcRequest fromHeaders = create(SfmcJourneyMethod.getInteractionCollection, overridden);
        SfmcRequest byId = create(SfmcJourneyMethod.getInteraction, exchange());
        SfmcRequest byKey = create(SfmcJourneyMethod.getInteractionByKey, exchange());

        assertThat(fromOptions.path()).isEqualTo("/interaction/v1/interactions");
        assertThat(fromOptions.query()).containsExactlyInAnyOrder(entry("versionNumber", "2"), entry("id", "j-1"),
                entry("key", "k-1"));
        assertThat(fromHeaders.query()).containsExactlyInAnyOrder(entry("versionNumber", "2"), entry("id", "j-2"),
                entry("key", "k-2"));
        assertThat(byId.path()).isEqualTo("/interaction/v1/interactions/j-1");
        assertThat(byId.query()).containsExactly(entry("versionNumber", "2"));
        assertThat(byKey.path()).isEqualTo("/interaction/v1/interactions/key:k-1");
        assertThat(byKey.query()).containsExactly(entry("versionNumber", "2"));
    }

    @Test
    void queryParametersHeaderAddsOverridesRemovesAndRepeats() {
        options.setPage(2);
        options.setPageSize(25);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("$page", 5);
        extra.put("$pageSize", null);
        extra.put("id", "j-1");
        extra.put("tag", List.of("a", "b"));
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.QUERY_PARAMETERS, extra);

        SfmcRequest request = create(SfmcJourneyMethod.getInteractionCollection, exchange);

        assertThat(request.query()).containsExactly(entry("$page", "5"), entry("id", "j-1"), entry("tag", "a"),
                entry("tag", "b"));
    }

    @Test
    void missingPathValueNamesOptionAndHeader() {
        assertThatThrownBy(() -> create(SfmcJourneyMethod.publishInteractionByKey, exchange()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("publishInteractionByKey needs 'key': set the endpoint option key=... or the header "
                            + "CamelSfmcJourneyKey");
        assertThatThrownBy(() -> create(SfmcJourneyMethod.getTriggerStatistics, exchange()))
                .hasMessageContaining("'eventDefinitionId'").hasMessageContaining("CamelSfmcJourneyEventDefinitionId");
    }

    @Test
    void emptyPathValueIsMissingRatherThanTheCollection() {
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.ID, "");
        assertThatThrownBy(() -> create(SfmcJourneyMethod.deleteInteraction, exchange))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deleteInteraction needs 'id'");
    }

    @Test
    void missingRequiredVersionNumberNamesOptionAndHeader() {
        options.setId("j-1");
        assertThatThrownBy(() -> create(SfmcJourneyMethod.stop, exchange()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stop needs 'versionNumber': set the endpoint option versionNumber=... or the header "
                            + "CamelSfmcJourneyVersionNumber");
    }

    @Test
    void pauseWithoutVersionNumberOrAllVersionsIsRefusedNamingBoth() {
        options.setId("j-1");
        assertThatThrownBy(() -> create(SfmcJourneyMethod.pauseInteractionById, exchange()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pauseInteractionById needs one of 'versionNumber' (header "
                                      + "CamelSfmcJourneyVersionNumber) or 'allVersions'");
    }

    @Test
    void allVersionsFalseDoesNotStandInForVersionNumber() {
        options.setId("j-1");
        options.setAllVersions(false);
        assertThatThrownBy(() -> create(SfmcJourneyMethod.pauseInteractionById, exchange()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'allVersions'").hasMessageContaining("allVersions=true, not false");
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.VERSION_NUMBER, 3);
        assertThat(create(SfmcJourneyMethod.pauseInteractionById, exchange).query())
                .containsExactlyInAnyOrder(entry("versionNumber", "3"), entry("allVersions", "false"));
    }

    @Test
    void resumeAcceptsEitherVersionNumberOrAllVersions() {
        options.setId("j-1");
        options.setAllVersions(true);
        assertThat(create(SfmcJourneyMethod.resumeInteractionById, exchange()).query())
                .containsExactly(entry("allVersions", "true"));
        options.setAllVersions(null);
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.VERSION_NUMBER, 2);
        assertThat(create(SfmcJourneyMethod.resumeInteractionById, exchange).query())
                .containsExactly(entry("versionNumber", "2"));
    }

    @Test
    void versionNumberMayComeThroughTheQueryParametersHeader() {
        options.setId("j-1");
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.QUERY_PARAMETERS, Map.of("versionNumber", 4));
        assertThat(create(SfmcJourneyMethod.validateInteractionById, exchange).query())
                .containsExactly(entry("versionNumber", "4"));
    }

    @Test
    void wrongHeaderTypeNamesHeaderAndExpectedType() {
        options.setId("j-1");
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(SfmcJourneyConstants.VERSION_NUMBER, "abc");
        assertThatThrownBy(() -> create(SfmcJourneyMethod.publishInteractionById, exchange))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header CamelSfmcJourneyVersionNumber must be of type Integer")
                .hasMessageContaining("'abc'");

        Exchange other = exchange();
        other.getMessage().setHeader(SfmcJourneyConstants.QUERY_PARAMETERS, "status=Draft");
        assertThatThrownBy(() -> create(SfmcJourneyMethod.getInteractionCollection, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header CamelSfmcJourneyQueryParameters must be of type Map");
    }

    @Test
    void javaObjectsAreSerialisedWithJackson() throws Exception {
        Map<String, Object> map = Map.of("ContactKey", "c-1", "EventDefinitionKey", "ev", "Data", Map.of("a", 1));
        assertThat(json(bodyOf(SfmcJourneyMethod.postInteractionsEvents, map)))
                .isEqualTo(JSON.valueToTree(map));

        JsonNode node = JSON.readTree("{\"key\":\"k\",\"name\":\"n\",\"workflowApiVersion\":1.0}");
        assertThat(json(bodyOf(SfmcJourneyMethod.postInteraction, node))).isEqualTo(node);

        EntryEvent pojo = new EntryEvent("c-2", "ev-2");
        assertThat(json(bodyOf(SfmcJourneyMethod.postInteractionsEvents, pojo)))
                .isEqualTo(JSON.readTree("{\"ContactKey\":\"c-2\",\"EventDefinitionKey\":\"ev-2\"}"));
    }

    @Test
    void jsonTextIsSentAsIs() {
        String text = "{\"ContactKey\":\"c-1\",\"EventDefinitionKey\":\"ev\",\"Data\":{\"name\":\"Zoë\"}}";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

        assertThat(bodyOf(SfmcJourneyMethod.postInteractionsEvents, text)).isEqualTo(utf8);
        assertThat(bodyOf(SfmcJourneyMethod.postInteractionsEvents, utf8)).isEqualTo(utf8);
        assertThat(bodyOf(SfmcJourneyMethod.postInteractionsEvents, new ByteArrayInputStream(utf8))).isEqualTo(utf8);
    }

    @Test
    void textThatIsNotJsonFailsNamingTheMethod() {
        assertThatThrownBy(() -> bodyOf(SfmcJourneyMethod.postInteractionsEvents, "ContactKey=c-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postInteractionsEvents: the message body is not valid JSON");
        assertThatThrownBy(() -> bodyOf(SfmcJourneyMethod.postInteraction, "{\"key\":\"k\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postInteraction: the message body is not valid JSON");
        assertThatThrownBy(() -> bodyOf(SfmcJourneyMethod.postInteraction, "{} {}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postInteraction: the message body is not one JSON value");
    }

    @Test
    void missingRequiredBodyFailsNamingTheMethod() {
        assertThatThrownBy(() -> bodyOf(SfmcJourneyMethod.postInteraction, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("postInteraction needs a JSON request body");
        assertThatThrownBy(() -> bodyOf(SfmcJourneyMethod.postAsyncEvents, "  \n"))
                .hasMessageStartingWith("postAsyncEvents needs a JSON request body");
    }

    @Test
    void commandsWithoutBodySendAnEmptyObject() {
        options.setId("j-1");
        options.setVersionNumber(1);
        assertThat(bodyOf(SfmcJourneyMethod.publishInteractionById, null)).isEqualTo("{}".getBytes());
        assertThat(bodyOf(SfmcJourneyMethod.stop, null)).isEqualTo("{}".getBytes());
        assertThat(bodyOf(SfmcJourneyMethod.pauseInteractionById, null)).isEqualTo("{}".getBytes());
        assertThat(bodyOf(SfmcJourneyMethod.publishInteractionById, Map.of("key", "left by postInteraction")))
                .as("publish sends no body but {}").isEqualTo("{}".getBytes());
        assertThat(new String(bodyOf(SfmcJourneyMethod.pauseInteractionById, Map.of("PausedDays", 3))))
                .isEqualTo("{\"PausedDays\":3}");
    }

    @Test
    void readsIgnoreAnyLeftoverBody() {
        options.setId("j-1");
        assertThat(bodyOf(SfmcJourneyMethod.getInteraction, "not json, from an earlier step")).isNull();
        assertThat(bodyOf(SfmcJourneyMethod.deleteInteraction, Map.of("x", 1))).isNull();
    }

    @Test
    void configurationIsReadOnceAtConstruction() {
        options.setId("j-1");
        SfmcRequestFactory factory = new SfmcRequestFactory(SfmcJourneyMethod.getInteraction, options);
        options.setId("changed-later");
        assertThat(factory.create(exchange()).path()).endsWith("/j-1");
    }

    private byte[] bodyOf(SfmcJourneyMethod method, Object body) {
        options.setKey("k");
        options.setVersionNumber(1);
        Exchange exchange = exchange();
        exchange.getMessage().setBody(body);
        return create(method, exchange).body();
    }

    private SfmcRequest create(SfmcJourneyMethod method, Exchange exchange) {
        return new SfmcRequestFactory(method, options).create(exchange);
    }

    private static Exchange exchange() {
        return new DefaultExchange(CONTEXT);
    }

    private static JsonNode json(byte[] bytes) throws Exception {
        return JSON.readTree(bytes);
    }

    /** A POJO body, named as SFMC spells the fields. */
    public record EntryEvent(
            @com.fasterxml.jackson.annotation.JsonProperty("ContactKey") String contactKey,
            @com.fasterxml.jackson.annotation.JsonProperty("EventDefinitionKey") String eventDefinitionKey) {
    }
}
