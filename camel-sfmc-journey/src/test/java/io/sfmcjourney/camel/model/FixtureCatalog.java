package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which model each recorded fixture (path relative to {@code shared/api/fixtures}) represents, and how to verify it.
 * A fixture no rule (or more than one rule) claims is an error, so new fixtures get a mapping.
 */
final class FixtureCatalog {

    /** How to verify one fixture's JSON. */
    @FunctionalInterface
    interface Check {
        void verify(JsonNode fixture) throws IOException;
    }

    private record Rule(Pattern path, Check check) {
    }

    private static final ObjectMapper MAPPER = SfmcJson.mapper();
    private static final String V1 = "sfmc-devtools/test/resources/9999999/interaction/v1/";

    private static final List<Rule> RULES = List.of(
            rule("docs-examples/documented-responses\\.json", FixtureCatalog::documentedResponses),
            rule("docs-examples/discovery-rest\\.json", FixtureCatalog::discovery),
            rule("ballerina-openapi/openapi\\.json", FixtureCatalog::openApiExamples),
            rule("sfmc-devtools/test/resources/auth\\.json", FixtureCatalog::authResponses),
            rule("sfmc-devtools/test/resources/rest404-response\\.json", FixtureCatalog::sfmcError),
            rule(V1 + "interactions/get-response[^/]*\\.json", FixtureCatalog::journeyPage),
            rule(V1 + "interactions/(key_[^/]+/(get|put)-response|post-response)\\.json", FixtureCatalog::journey),
            rule(V1 + "interactions/(publish|validate)Status/[^/]+/get-response[^/]*\\.json",
                    FixtureCatalog::publishStatus),
            rule(V1 + "interactions/(publish|validate)Async/[^/]+/post-response[^/]*\\.json",
                    FixtureCatalog::asyncOperation),
            rule(V1 + "interactions/[^/]+/audit/[^/]+/get-response[^/]*\\.json", FixtureCatalog::auditPage),
            rule(V1 + "interactions/transactional/[^/]+/post-response\\.json", FixtureCatalog::transactionalAnswer),
            rule(V1 + "eventDefinitions/get-response[^/]*\\.json", FixtureCatalog::eventDefinitionPage),
            rule(V1 + "eventDefinitions/(key_[^/]+/(get|put)-response|post_[^/]+-response)\\.json",
                    FixtureCatalog::eventDefinition));

    private FixtureCatalog() {
    }

    private static Rule rule(String regex, Check check) {
        return new Rule(Pattern.compile(regex), check);
    }

    /** The check for a fixture path; fails unless exactly one rule claims it. */
    static Check checkFor(String relativePath) {
        List<Rule> matching = RULES.stream().filter(r -> r.path().matcher(relativePath).matches()).toList();
        if (matching.size() != 1) {
            fail("Fixture " + relativePath + " is claimed by " + matching.size()
                    + " rules; map it to its model in FixtureCatalog");
        }
        return matching.get(0).check();
    }

    private static void journey(JsonNode json) throws IOException {
        Journey journey = MAPPER.treeToValue(json, Journey.class);
        ModelExpectations.journey(json, journey);
        JsonExpect.writesBack(journey, json);
    }

    private static void journeyPage(JsonNode json) throws IOException {
        Page<Journey> page = MAPPER.readValue(MAPPER.treeAsTokens(json), SfmcJson.pageOf(Journey.class));
        ModelExpectations.page(json, page, ModelExpectations::journey);
        JsonExpect.writesBack(page, json);
    }

    private static void eventDefinition(JsonNode json) throws IOException {
        EventDefinition definition = MAPPER.treeToValue(json, EventDefinition.class);
        ModelExpectations.eventDefinition(json, definition);
        JsonExpect.writesBack(definition, json);
    }

    private static void eventDefinitionPage(JsonNode json) throws IOException {
        Page<EventDefinition> page = MAPPER.readValue(MAPPER.treeAsTokens(json),
                SfmcJson.pageOf(EventDefinition.class));
        ModelExpectations.page(json, page, ModelExpectations::eventDefinition);
        JsonExpect.writesBack(page, json);
    }

    private static void auditPage(JsonNode json) throws IOException {
        Page<Map<String, Object>> page = MAPPER.readValue(MAPPER.treeAsTokens(json), new TypeReference<>() {
        });
        ModelExpectations.page(json, page, (item, model) -> assertThat(model).isEqualTo(JsonExpect.asMap(item)));
        assertThat(page.getItems()).extracting(item -> item.get("action")).contains("Create", "Publish", "Stop");

        Page<AuditEntry> entries = MAPPER.readValue(MAPPER.treeAsTokens(json), SfmcJson.pageOf(AuditEntry.class));
        assertThat(entries.getItems()).extracting(AuditEntry::getAction).isEqualTo(page.getItems().stream()
                .map(item -> item.get("action")).toList());
        for (int i = 0; i < entries.getItems().size(); i++) {
            AuditEntry entry = entries.getItems().get(i);
            JsonNode item = json.path("items").get(i);
            assertThat(entry.getId()).isEqualTo(item.path("id").asText());
            assertThat(entry.getVersionNumber()).isEqualTo(item.path("versionNumber").asInt());
            assertThat(entry.getTimeStamp()).isEqualTo(item.path("timeStamp").asText());
            assertThat(entry.getUser().getUserId()).isEqualTo(item.path("user").path("userId").asLong());
            assertThat(entry.getPublishStatus()).isEqualTo(item.path("publishStatus").textValue());
        }
        JsonExpect.writesBack(entries, json);
    }

    private static void publishStatus(JsonNode json) throws IOException {
        ModelExpectations.publishStatus(json, MAPPER.treeToValue(json, PublishStatus.class));
    }

    private static void asyncOperation(JsonNode json) throws IOException {
        ModelExpectations.asyncOperation(json, MAPPER.treeToValue(json, AsyncOperation.class));
    }

    private static void sfmcError(JsonNode json) throws IOException {
        ModelExpectations.sfmcError(json, MAPPER.treeToValue(json, SfmcError.class));
    }

    private static void transactionalAnswer(JsonNode json) throws IOException {
        Map<String, Object> answer = MAPPER.readValue(MAPPER.treeAsTokens(json), new TypeReference<>() {
        });
        assertThat(answer).isEqualTo(JsonExpect.asMap(json)).containsEntry("errors", List.of());
    }

    private static void discovery(JsonNode json) throws IOException {
        Map<String, Object> document = MAPPER.readValue(MAPPER.treeAsTokens(json), new TypeReference<>() {
        });
        assertThat(document).isEqualTo(JsonExpect.asMap(json));
        assertThat(json.path("methods").size()).isEqualTo(34);
    }

    /** The OAuth token answers: errors are {@link SfmcError}s; the success body belongs to the auth layer. */
    private static void authResponses(JsonNode json) throws IOException {
        int errors = 0;
        for (JsonNode entry : json) {
            if (entry.path("status").asInt() >= 400) {
                sfmcError(entry.get("response"));
                errors++;
            } else {
                assertThat(entry.path("response").path("access_token").asText()).isNotEmpty();
            }
        }
        assertThat(errors).isPositive();
    }

    /** Salesforce documentation samples, each entry checked against the model its page describes. */
    private static void documentedResponses(JsonNode json) throws IOException {
        Map<String, Check> byEntryPrefix = new LinkedHashMap<>();
        byEntryPrefix.put("auth_token_success", body -> assertThat(body.path("access_token").asText()).isNotEmpty());
        byEntryPrefix.put("auth_token_invalid_client", FixtureCatalog::sfmcError);
        byEntryPrefix.put("publishAsync_", FixtureCatalog::asyncOperation);
        byEntryPrefix.put("publishStatus_", FixtureCatalog::publishStatus);
        byEntryPrefix.put("generic_500", FixtureCatalog::sfmcError);
        byEntryPrefix.put("put_interaction_", FixtureCatalog::sfmcError);
        byEntryPrefix.put("events_201", body ->
                ModelExpectations.entryEventResult(body, MAPPER.treeToValue(body, EntryEventResult.class)));
        byEntryPrefix.put("pause_202_ok", body -> assertThat(JsonExpect.asMap(body)).containsEntry("status", "Accepted"));
        byEntryPrefix.put("pause_202_error", FixtureCatalog::sfmcError);
        byEntryPrefix.put("rate_limit_", FixtureCatalog::sfmcError);
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            if (entry.getKey().startsWith("_")) {
                continue;
            }
            String prefix = byEntryPrefix.keySet().stream()
                    .filter(entry.getKey()::startsWith)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("documented-responses entry " + entry.getKey()
                            + " has no model; map it in FixtureCatalog"));
            byEntryPrefix.get(prefix).verify(entry.getValue().get("body"));
            used.add(prefix);
        }
        assertThat(used).as("entries checked").isEqualTo(byEntryPrefix.keySet());
    }

    /** The request/response examples of the third-party OpenAPI document that match a model. */
    private static void openApiExamples(JsonNode json) throws IOException {
        JsonNode schemas = json.path("components").path("schemas");
        JsonNode fireEvent = schemas.path("FireEvent").path("example");
        ModelExpectations.entryEvent(fireEvent, MAPPER.treeToValue(fireEvent, EntryEvent.class));
        JsonExpect.writesBack(MAPPER.treeToValue(fireEvent, EntryEvent.class), fireEvent);
        journey(schemas.path("Journey").path("example"));
        assertThat(schemas.path("Journey").path("example").path("triggers").get(0).path("type").asText())
                .isEqualTo("APIEvent");
    }
}
