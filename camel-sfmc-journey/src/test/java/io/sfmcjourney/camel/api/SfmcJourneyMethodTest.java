package io.sfmcjourney.camel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SfmcJourneyMethodTest {

    @Test
    void tableHoldsTheDiscoveryMethodsAndTheNineteenRelatives() {
        assertThat(SfmcJourneyMethod.values()).hasSize(53);
        assertThat(SfmcJourneyMethod.names().split(",")).hasSize(53).doesNotHaveDuplicates();
    }

    @Test
    void relativesOutsideTheDiscoveryDocumentHaveTheirDocumentedRoutes() {
        assertRoute(SfmcJourneyMethod.getInteractionByKey, HttpVerb.GET, "interactions/key:{key}");
        assertRoute(SfmcJourneyMethod.postAsyncEvents, HttpVerb.POST, "async/events");
        assertRoute(SfmcJourneyMethod.getAsyncEventsStatus, HttpVerb.GET, "async/events/status");
        assertRoute(SfmcJourneyMethod.searchJourneyHistory, HttpVerb.POST, "interactions/journeyhistory/search");
        assertRoute(SfmcJourneyMethod.validateInteractionById, HttpVerb.POST, "interactions/validateAsync/{id}");
        assertRoute(SfmcJourneyMethod.validateInteractionByKey, HttpVerb.POST, "interactions/validateAsync/key:{key}");
        assertRoute(SfmcJourneyMethod.validateStatus, HttpVerb.GET, "interactions/validateStatus/{id}");
        assertRoute(SfmcJourneyMethod.pauseInteractionById, HttpVerb.POST, "interactions/pause/{id}");
        assertRoute(SfmcJourneyMethod.pauseInteractionByKey, HttpVerb.POST, "interactions/pause/key:{key}");
        assertRoute(SfmcJourneyMethod.resumeInteractionById, HttpVerb.POST, "interactions/resume/{id}");
        assertRoute(SfmcJourneyMethod.resumeInteractionByKey, HttpVerb.POST, "interactions/resume/key:{key}");
        assertRoute(SfmcJourneyMethod.postContactExit, HttpVerb.POST, "interactions/contactexit");
        assertRoute(SfmcJourneyMethod.getContactExitStatus, HttpVerb.POST, "interactions/contactexit/status");
        assertRoute(SfmcJourneyMethod.postContactMembership, HttpVerb.POST, "interactions/contactMembership");
        assertRoute(SfmcJourneyMethod.getInteractionAudit, HttpVerb.GET, "interactions/{id}/audit/{action}");
        assertRoute(SfmcJourneyMethod.getInteractionAuditByKey, HttpVerb.GET, "interactions/key:{key}/audit/{action}");
        assertRoute(SfmcJourneyMethod.downloadJourneyHistory, HttpVerb.POST, "interactions/journeyhistory/download");
        assertRoute(SfmcJourneyMethod.estimateJourneyHistoryDownload, HttpVerb.POST,
                "interactions/journeyhistory/estimate");
        assertRoute(SfmcJourneyMethod.getJourneyHistoryFreshness, HttpVerb.GET,
                "interactions/journeyhistory/freshness");
    }

    @Test
    void onlyTheDownloadIsStreamedAndOnlyContactExitSplitsItsList() {
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(SfmcJourneyMethod::isStreamed))
                .containsExactly(SfmcJourneyMethod.downloadJourneyHistory);
        assertThat(SfmcJourneyMethod.downloadJourneyHistory.requestHeaders()).containsEntry("x-direct-pipe", "true");
        assertThat(SfmcJourneyMethod.downloadJourneyHistory.queryParams())
                .containsExactlyInAnyOrder(QueryParam.format, QueryParam.columns);
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.maxListItems() > 0))
                .containsExactly(SfmcJourneyMethod.postContactExit);
        assertThat(SfmcJourneyMethod.postContactExit.maxListItems()).isEqualTo(50);
        assertThat(SfmcJourneyMethod.postContactExit.listItemFields()).containsExactly("ContactKey", "DefinitionKey");
        assertThat(SfmcJourneyMethod.getInteractionAudit.pathVariables())
                .containsExactlyInAnyOrder(PathVariable.id, PathVariable.action);
        assertThat(PathVariable.action.allowedValues())
                .containsExactlyInAnyOrder("all", "create", "modify", "publish", "unpublish", "delete");
    }

    @Test
    void pathVariablesAreDerivedFromTheTemplate() {
        assertThat(SfmcJourneyMethod.getInteraction.pathVariables()).containsExactly(PathVariable.id);
        assertThat(SfmcJourneyMethod.stopByKey.pathVariables()).containsExactly(PathVariable.key);
        assertThat(SfmcJourneyMethod.getTriggerStatistics.pathVariables())
                .containsExactly(PathVariable.eventDefinitionId);
        assertThat(SfmcJourneyMethod.createTriggerTest.pathVariables()).containsExactly(PathVariable.eventDefinitionId);
        assertThat(SfmcJourneyMethod.getInteractionCollection.pathVariables()).isEmpty();
    }

    @Test
    void onlyPureSearchPostsAreReplayableAndNoPut() {
        Set<SfmcJourneyMethod> idempotentPosts = Arrays.stream(SfmcJourneyMethod.values())
                .filter(m -> m.verb() == HttpVerb.POST && m.isIdempotent())
                .collect(Collectors.toSet());
        assertThat(idempotentPosts).containsExactlyInAnyOrder(SfmcJourneyMethod.searchTraceEvents,
                SfmcJourneyMethod.searchJourneyHistory, SfmcJourneyMethod.getContactExitStatus,
                SfmcJourneyMethod.postContactMembership, SfmcJourneyMethod.downloadJourneyHistory,
                SfmcJourneyMethod.estimateJourneyHistoryDownload);
        assertThat(SfmcJourneyMethod.postContactExit.isIdempotent()).isFalse();
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.verb() == HttpVerb.PUT))
                .noneMatch(SfmcJourneyMethod::isIdempotent);
        assertThat(Arrays.stream(SfmcJourneyMethod.values())
                .filter(m -> m.verb() == HttpVerb.GET || m.verb() == HttpVerb.DELETE))
                .allMatch(SfmcJourneyMethod::isIdempotent);
        assertThat(SfmcJourneyMethod.postInteractionsEvents.isIdempotent()).isFalse();
        assertThat(SfmcJourneyMethod.postAsyncEvents.isIdempotent()).isFalse();
    }

    @Test
    void replayRulesFollowTheVerbAndWhatAReplayProves() {
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.verb() == HttpVerb.GET))
                .allMatch(m -> m.replay() == Replay.SAFE);
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.verb() == HttpVerb.DELETE))
                .allMatch(m -> m.replay() == Replay.DELETE_VERIFIED_BY_404);
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.verb() == HttpVerb.PUT))
                .as("a journey PUT carries an optimistic modifiedDate, an event definition PUT can rename the key")
                .allMatch(m -> m.replay() == Replay.NEVER);
        assertThat(SfmcJourneyMethod.deleteInteractionByKey.keyLookup()).isEqualTo(SfmcJourneyMethod.getInteractionByKey);
        assertThat(SfmcJourneyMethod.deleteInteractionByKey.versionedTarget())
                .isEqualTo(SfmcJourneyMethod.deleteInteraction);
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.keyLookup() != null))
                .containsExactly(SfmcJourneyMethod.deleteInteractionByKey);
    }

    @Test
    void readsAndDeletesSendNoBodyAndWritesOfDocumentsRequireOne() {
        assertThat(Arrays.stream(SfmcJourneyMethod.values())
                .filter(m -> m.verb() == HttpVerb.GET || m.verb() == HttpVerb.DELETE))
                .allMatch(m -> m.bodyPolicy() == BodyPolicy.NONE);
        assertThat(EnumSet.of(SfmcJourneyMethod.postInteraction, SfmcJourneyMethod.updateInteractionById,
                SfmcJourneyMethod.postEventDefinition, SfmcJourneyMethod.postInteractionsEvents,
                SfmcJourneyMethod.postAsyncEvents, SfmcJourneyMethod.createUpdateJourneyMap))
                .allMatch(m -> m.bodyPolicy() == BodyPolicy.REQUIRED);
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.bodyPolicy() == BodyPolicy.EMPTY_OBJECT))
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("publishInteractionById", "publishInteractionByKey", "stop", "stopByKey",
                        "validateInteractionById", "validateInteractionByKey", "postGoalStatistics");
        assertThat(EnumSet.of(SfmcJourneyMethod.pauseInteractionById, SfmcJourneyMethod.resumeInteractionByKey,
                SfmcJourneyMethod.searchJourneyHistory, SfmcJourneyMethod.searchTraceEvents))
                .allMatch(m -> m.bodyPolicy() == BodyPolicy.OPTIONAL);
    }

    @Test
    void publishStopAndValidateRequireAVersionNumber() {
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> !m.requiredQueryParams().isEmpty()))
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("publishInteractionById", "publishInteractionByKey", "stop", "stopByKey",
                        "validateInteractionById", "validateInteractionByKey");
        assertThat(SfmcJourneyMethod.stop.requiredQueryParams()).containsExactly(QueryParam.versionNumber);
    }

    @Test
    void pagedMethodsAcceptPageAndPageSize() {
        assertThat(Arrays.stream(SfmcJourneyMethod.values()).filter(m -> m.paging() == Paging.PAGED))
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("getInteractionCollection", "getEventDefinitionCollection", "getHistory",
                        "getAsyncEventsStatus", "searchJourneyHistory", "getInteractionAudit",
                        "getInteractionAuditByKey")
                .allSatisfy(name -> assertThat(SfmcJourneyMethod.fromName(name).queryParams())
                        .contains(QueryParam.page, QueryParam.pageSize));
        assertThat(SfmcJourneyMethod.getInteraction.queryParams()).doesNotContain(QueryParam.page);
    }

    @Test
    void everyMethodIsDocumented() {
        assertThat(SfmcJourneyMethod.values()).allSatisfy(m -> assertThat(m.description()).isNotBlank().endsWith("."));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> SfmcJourneyMethod.fromName("getInteractions"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'getInteractions'")
                .hasMessageContaining("discovery, postInteraction, ")
                .hasMessageContaining("resumeInteractionByKey");
        assertThatThrownBy(() -> SfmcJourneyMethod.fromName("GETINTERACTION"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRoute(SfmcJourneyMethod method, HttpVerb verb, String path) {
        assertThat(method.verb()).as(method.name()).isEqualTo(verb);
        assertThat(method.path().template()).as(method.name()).isEqualTo(path);
    }
}
