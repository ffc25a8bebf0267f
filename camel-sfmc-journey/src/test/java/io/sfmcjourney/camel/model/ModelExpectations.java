package io.sfmcjourney.camel.model;

import static io.sfmcjourney.camel.model.JsonExpect.field;
import static io.sfmcjourney.camel.model.JsonExpect.size;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/** Per-model checks: the typed values of a model equal the values of the JSON it was read from. */
final class ModelExpectations {

    private ModelExpectations() {
    }

    static void journey(JsonNode node, Journey journey) {
        field(node, "id", journey.getId());
        field(node, "key", journey.getKey());
        field(node, "name", journey.getName());
        field(node, "description", journey.getDescription());
        field(node, "version", journey.getVersion());
        field(node, "workflowApiVersion", journey.getWorkflowApiVersion());
        field(node, "lastPublishedDate", journey.getLastPublishedDate());
        field(node, "createdDate", journey.getCreatedDate());
        field(node, "modifiedDate", journey.getModifiedDate());
        field(node, "status", journey.getStatus());
        field(node, "scheduledStatus", journey.getScheduledStatus());
        field(node, "definitionId", journey.getDefinitionId());
        field(node, "definitionType", journey.getDefinitionType());
        field(node, "entryMode", journey.getEntryMode());
        field(node, "channel", journey.getChannel());
        field(node, "executionMode", journey.getExecutionMode());
        field(node, "categoryId", journey.getCategoryId());
        field(node, "defaults", journey.getDefaults());
        field(node, "metaData", journey.getMetaData());
        field(node, "goals", journey.getGoals());
        if (node.has("stats")) {
            JsonNode stats = node.get("stats");
            field(stats, "currentPopulation", journey.getStats().getCurrentPopulation());
            field(stats, "cumulativePopulation", journey.getStats().getCumulativePopulation());
            field(stats, "metGoal", journey.getStats().getMetGoal());
            field(stats, "metExitCriteria", journey.getStats().getMetExitCriteria());
            field(stats, "goalPerformance", journey.getStats().getGoalPerformance());
        } else {
            assertThat(journey.getStats()).isNull();
        }
        eachOf(node, "triggers", journey.getTriggers(), ModelExpectations::trigger);
        eachOf(node, "activities", journey.getActivities(), ModelExpectations::activity);
    }

    private static void trigger(JsonNode node, JourneyTrigger trigger) {
        journeyNode(node, trigger);
        field(node.path("metaData"), "eventDefinitionKey", trigger.eventDefinitionKey());
    }

    private static void activity(JsonNode node, JourneyActivity activity) {
        journeyNode(node, activity);
        field(node, "schema", activity.getSchema());
    }

    private static void journeyNode(JsonNode node, JourneyNode step) {
        field(node, "id", step.getId());
        field(node, "key", step.getKey());
        field(node, "name", step.getName());
        field(node, "type", step.getType());
        field(node, "configurationArguments", step.getConfigurationArguments());
        eachOf(node, "outcomes", step.getOutcomes(), (outcome, model) -> {
            field(outcome, "key", model.getKey());
            field(outcome, "next", model.getNext());
            field(outcome, "metaData", model.getMetaData());
        });
    }

    static void eventDefinition(JsonNode node, EventDefinition definition) {
        field(node, "id", definition.getId());
        field(node, "type", definition.getType());
        field(node, "name", definition.getName());
        field(node, "description", definition.getDescription());
        field(node, "createdDate", definition.getCreatedDate());
        field(node, "createdBy", definition.getCreatedBy());
        field(node, "modifiedDate", definition.getModifiedDate());
        field(node, "modifiedBy", definition.getModifiedBy());
        field(node, "mode", definition.getMode());
        field(node, "eventDefinitionKey", definition.getEventDefinitionKey());
        field(node, "dataExtensionId", definition.getDataExtensionId());
        field(node, "dataExtensionName", definition.getDataExtensionName());
        field(node, "sourceApplicationExtensionId", definition.getSourceApplicationExtensionId());
        field(node, "filterDefinitionId", definition.getFilterDefinitionId());
        field(node, "category", definition.getCategory());
        field(node, "automationId", definition.getAutomationId());
        field(node, "interactionCount", definition.getInteractionCount());
        field(node, "publishedInteractionCount", definition.getPublishedInteractionCount());
        field(node, "isVisibleInPicker", definition.getVisibleInPicker());
        field(node, "isPlatformObject", definition.getPlatformObject());
        field(node, "disableDEDataLogging", definition.getDisableDEDataLogging());
        field(node, "schema", definition.getSchema());
        field(node, "schedule", definition.getSchedule());
        JsonNode arguments = node.path("arguments");
        field(arguments, "serializedObjectType", definition.getArguments().getSerializedObjectType());
        if (arguments.path("serializedObjectType").isTextual()) {
            assertThat(definition.getArguments().getSerializedObjectType()).isInstanceOf(String.class);
        }
        field(arguments, "eventDefinitionKey", definition.getArguments().getEventDefinitionKey());
        field(arguments, "eventDefinitionId", definition.getArguments().getEventDefinitionId());
        field(arguments, "dataExtensionId", definition.getArguments().getDataExtensionId());
        field(arguments, "automationId", definition.getArguments().getAutomationId());
        field(arguments, "useHighWatermark", definition.getArguments().getUseHighWatermark());
    }

    static void publishStatus(JsonNode node, PublishStatus status) {
        field(node, "statusId", status.getStatusId());
        field(node, "status", status.getStatus());
        assertThat(status.getErrors()).hasSize(size(node, "errors"));
        assertThat(status.getWarnings()).hasSize(size(node, "warnings"));
        eachOf(node, "errors", status.getErrors(), ModelExpectations::publishIssue);
        eachOf(node, "warnings", status.getWarnings(), ModelExpectations::publishIssue);
    }

    private static void publishIssue(JsonNode node, PublishIssue issue) {
        field(node, "errorDetail", issue.getErrorDetail());
        field(node, "errorCode", issue.getErrorCode());
        field(node, "errorType", issue.getErrorType());
        field(node, "additionalInfo", issue.getAdditionalInfo());
    }

    static void asyncOperation(JsonNode node, AsyncOperation operation) {
        assertThat(operation.getStatusId()).isNotBlank();
        field(node, "statusId", operation.getStatusId());
        field(node, "statusUrl", operation.getStatusUrl());
    }

    static void sfmcError(JsonNode node, SfmcError error) {
        assertThat(error.describe()).isNotBlank();
        field(node, "message", error.getMessage());
        field(node, "errorcode", error.getErrorcode());
        field(node, "documentation", error.getDocumentation());
        field(node, "retryAfter", error.getRetryAfter());
        field(node, "error", error.getError());
        field(node, "error_description", error.getErrorDescription());
        field(node, "error_uri", error.getErrorUri());
    }

    static void entryEventResult(JsonNode node, EntryEventResult result) {
        assertThat(result.getEventInstanceId()).isNotBlank();
        field(node, "eventInstanceId", result.getEventInstanceId());
    }

    static void entryEvent(JsonNode node, EntryEvent event) {
        assertThat(event.getContactKey()).isNotBlank();
        field(node, "ContactKey", event.getContactKey());
        field(node, "EventDefinitionKey", event.getEventDefinitionKey());
        field(node, "Data", event.getData());
    }

    static <T> void page(JsonNode node, Page<T> page, BiConsumer<JsonNode, T> itemCheck) {
        field(node, "count", page.getCount());
        field(node, "page", page.getPage());
        field(node, "pageSize", page.getPageSize());
        field(node, "links", page.getLinks());
        assertThat(page.getItems()).hasSize(size(node, "items"));
        eachOf(node, "items", page.getItems(), itemCheck);
    }

    /** Checks {@code node.field[i]} against {@code models[i]}; an absent array must be a null or empty list. */
    static <T> void eachOf(JsonNode node, String field, List<T> models, BiConsumer<JsonNode, T> check) {
        JsonNode array = node.get(field);
        if (array == null) {
            assertThat(models).as(field).isNullOrEmpty();
            return;
        }
        assertThat(models).as(field).hasSize(array.size());
        for (int i = 0; i < array.size(); i++) {
            check.accept(array.get(i), models.get(i));
        }
    }
}
