package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JourneyModelTest {

    private static final ObjectMapper MAPPER = SfmcJson.mapper();

    private static final String JOURNEY = """
            {"id":"13387fa6-7b22-4df3-a883-cff40cb4c9e3","key":"survey","name":"CCE Satisfaction Score Survey",
             "lastPublishedDate":"0001-01-01T00:00:00","version":4,"workflowApiVersion":1.0,
             "modifiedDate":"2016-08-31T15:53:45.82",
             "stats":{"currentPopulation":0,"cumulativePopulation":12,"metGoal":0,"metExitCriteria":0,"goalPerformance":0.0},
             "triggers":[{"key":"TRIGGER","type":"APIEvent",
               "metaData":{"eventDefinitionKey":"APIEvent-1","eventDefinitionId":"e35a"}}],
             "status":"Draft","definitionId":"2d5f37b8-7acf-4ac4-b76a-74690255600c",
             "r__folder_Path":"my journeys","summary":{"totalInteractions":128,"ratio":0.50},"futureFlag":null}
            """;

    @Test
    void workflowApiVersionKeepsItsDecimals() throws Exception {
        Journey journey = MAPPER.readValue(JOURNEY, Journey.class);

        assertThat(journey.getWorkflowApiVersion()).isEqualTo(new BigDecimal("1.0"));
        assertThat(MAPPER.readValue("{\"workflowApiVersion\":0.5}", Journey.class).getWorkflowApiVersion())
                .isEqualTo(new BigDecimal("0.5"));
        assertThat(MAPPER.writeValueAsString(journey)).contains("\"workflowApiVersion\":1.0");
        assertThat(journey.getStats().getGoalPerformance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(journey.getStats().getCumulativePopulation()).isEqualTo(12L);
    }

    @Test
    void neverPublishedSentinelIsKeptAsTextAndRecognised() throws Exception {
        Journey journey = MAPPER.readValue(JOURNEY, Journey.class);

        assertThat(journey.getLastPublishedDate()).isEqualTo("0001-01-01T00:00:00");
        assertThat(SfmcTimestamps.isNeverSet(journey.getLastPublishedDate())).isTrue();
        assertThat(SfmcTimestamps.parse(journey.getLastPublishedDate())).isNull();
        assertThat(SfmcTimestamps.parse(journey.getModifiedDate())).hasToString("2016-08-31T15:53:45.820");
    }

    @Test
    void unknownFieldsAreRetainedNotDropped() throws Exception {
        Journey journey = MAPPER.readValue(JOURNEY, Journey.class);

        assertThat(journey.getAdditionalProperties())
                .containsOnlyKeys("r__folder_Path", "summary", "futureFlag")
                .containsEntry("r__folder_Path", "my journeys")
                .containsEntry("summary", Map.of("totalInteractions", 128, "ratio", new BigDecimal("0.50")));
        assertThat(journey.getKey()).isEqualTo("survey");
    }

    @Test
    void readModifyWriteKeepsUnknownFieldsAndTheChange() throws Exception {
        Journey journey = MAPPER.readValue(JOURNEY, Journey.class);
        journey.setName("Renamed");

        Journey again = MAPPER.readValue(MAPPER.writeValueAsString(journey), Journey.class);

        assertThat(again.getName()).isEqualTo("Renamed");
        assertThat(again.getAdditionalProperties()).isEqualTo(journey.getAdditionalProperties());
        assertThat(again.getModifiedDate()).isEqualTo("2016-08-31T15:53:45.82");
        assertThat(again.getTriggers()).singleElement()
                .satisfies(t -> assertThat(t.eventDefinitionKey()).isEqualTo("APIEvent-1"));
    }

    @Test
    void roundTripWritesBackTheSameDocument() throws Exception {
        JsonNode original = MAPPER.readTree(JOURNEY);

        JsonExpect.writesBack(MAPPER.treeToValue(original, Journey.class), original);
    }

    @Test
    void fieldsNotSentStayAbsentOnWrite() throws Exception {
        Journey journey = MAPPER.readValue("{\"key\":\"k\",\"name\":\"n\",\"workflowApiVersion\":1}", Journey.class);

        JsonNode written = MAPPER.valueToTree(journey);

        assertThat(journey.getActivities()).isNull();
        assertThat(journey.getTriggers()).isNull();
        assertThat(written.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("key", "name", "workflowApiVersion");
    }

    @Test
    void activityOutcomesTellWhereThePathGoes() throws Exception {
        String json = """
                {"activities":[{"key":"EMAILV2-1","type":"EMAILV2",
                  "outcomes":[{"key":"o1","next":"WAIT-1","arguments":{},"metaData":{"label":null}}]},
                 {"key":"WAIT-1","type":"WAIT","outcomes":[{"key":"o2","next":null}],
                  "configurationArguments":{"waitDuration":1,"waitUnit":"DAYS"}}]}
                """;
        List<JourneyActivity> activities = MAPPER.readValue(json, Journey.class).getActivities();

        assertThat(activities).extracting(JourneyActivity::getKey).containsExactly("EMAILV2-1", "WAIT-1");
        assertThat(activities.get(0).getOutcomes().get(0).getNext()).isEqualTo("WAIT-1");
        assertThat(activities.get(0).getOutcomes().get(0).getMetaData()).containsEntry("label", null);
        assertThat(activities.get(1).getOutcomes().get(0).getNext()).isNull();
        assertThat(activities.get(1).getConfigurationArguments()).containsEntry("waitUnit", "DAYS");
    }

    @Test
    void triggerWithoutEventDefinitionHasNoKey() throws Exception {
        JourneyTrigger trigger = MAPPER.readValue("{\"type\":\"transactional-api\"}", JourneyTrigger.class);

        assertThat(trigger.eventDefinitionKey()).isNull();
    }
}
