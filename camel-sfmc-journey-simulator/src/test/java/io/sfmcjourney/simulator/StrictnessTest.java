package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sfmcjourney.simulator.auth.MethodScopes;
import io.sfmcjourney.simulator.server.Route;
import io.sfmcjourney.simulator.api.ApiContext;
import io.sfmcjourney.simulator.api.ApiRoutes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator is strict where the reference is clear: field case, scopes, authentication before routing. */
class StrictnessTest {

    private static final String READER = "reader";
    private static final String READER_SECRET = "reader-secret";

    private SfmcSimulator simulator;
    private SimClient client;

    @BeforeEach
    void start() {
        simulator = SfmcSimulator.builder()
                .client(READER, READER_SECRET, "300001")
                .clientScopes(READER, "journeys_read")
                .start();
        client = new SimClient(simulator).login();
        client.createEventDefinition("signup", "Email");
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void eventsNeedPascalCaseFieldsAndNameTheMissingOne() {
        SimClient.Answer camel = client.post("events", SimClient.json("contactKey", "c-1", "EventDefinitionKey", "signup"));
        SimClient.Answer key = client.post("events", SimClient.json("ContactKey", "c-1", "eventDefinitionKey", "signup"));
        SimClient.Answer data = client.post("events",
                "{\"ContactKey\":\"c-1\",\"EventDefinitionKey\":\"signup\",\"data\":{\"Email\":\"a@b.c\"}}");
        SimClient.Answer right = client.post("events",
                "{\"ContactKey\":\"c-1\",\"EventDefinitionKey\":\"signup\",\"Data\":{\"Email\":\"a@b.c\"}}");

        assertMissing(camel, "ContactKey");
        assertMissing(key, "EventDefinitionKey");
        assertMissing(data, "Data");
        assertThat(right.status()).isEqualTo(201);
        assertThat(simulator.acceptedEvents()).hasSize(1);
    }

    @Test
    void asyncEventsNeedCamelCaseFieldsAndNameTheMissingOne() {
        SimClient.Answer pascalKey = client.post("async/events",
                "{\"EventDefinitionKey\":\"signup\",\"members\":[{\"contactKey\":\"c-1\"}]}");
        SimClient.Answer pascalMembers = client.post("async/events",
                "{\"eventDefinitionKey\":\"signup\",\"Members\":[{\"contactKey\":\"c-1\"}]}");
        SimClient.Answer pascalContact = client.post("async/events",
                "{\"eventDefinitionKey\":\"signup\",\"members\":[{\"ContactKey\":\"c-1\"}]}");
        SimClient.Answer pascalData = client.post("async/events",
                "{\"eventDefinitionKey\":\"signup\",\"members\":[{\"contactKey\":\"c-1\",\"Data\":{\"Email\":\"x\"}}]}");
        SimClient.Answer right = client.post("async/events",
                "{\"eventDefinitionKey\":\"signup\",\"members\":[{\"contactKey\":\"c-1\",\"data\":{\"Email\":\"x\"}}]}");

        assertMissing(pascalKey, "eventDefinitionKey");
        assertMissing(pascalMembers, "members");
        assertMemberMissing(pascalContact, "contactKey");
        assertMemberMissing(pascalData, "data");
        assertThat(right.status()).isEqualTo(202);
        assertThat(simulator.acceptedEvents()).hasSize(1);
    }

    @Test
    void quirkAcceptsFieldsInAnyCase() {
        simulator.quirks().caseInsensitiveEventFields(true);

        SimClient.Answer single = client.post("events", SimClient.json("contactKey", "c-1", "eventDefinitionKey", "signup"));
        SimClient.Answer batch = client.post("async/events",
                "{\"EventDefinitionKey\":\"signup\",\"Members\":[{\"ContactKey\":\"c-2\"}]}");

        assertThat(single.status()).isEqualTo(201);
        assertThat(batch.status()).isEqualTo(202);
        assertThat(simulator.acceptedEvents()).hasSize(2);
    }

    @Test
    void tokenWithoutTheMethodsScopeGets403With20002() {
        SimClient reader = new SimClient(simulator).login(READER, READER_SECRET, null);

        SimClient.Answer read = reader.get("interactions");
        SimClient.Answer create = reader.post("interactions", SimClient.json("key", "j", "name", "j"));
        SimClient.Answer fire = reader.post("events", SimClient.json("ContactKey", "c", "EventDefinitionKey", "signup"));
        SimClient.Answer delete = reader.delete("eventDefinitions/key:signup");
        SimClient.Answer discovery = new SimClient(simulator).get("rest");

        assertThat(read.status()).isEqualTo(200);
        for (SimClient.Answer refused : List.of(create, fire, delete)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("errorcode").asInt()).isEqualTo(20002);
            assertThat(refused.json().get("message").asText()).containsIgnoringCase("insufficient privileges");
        }
        assertThat(discovery.status()).isEqualTo(200);
        assertThat(simulator.acceptedEvents()).isEmpty();
    }

    @Test
    void tokenRequestMayAskForAScopeSubset() {
        SimClient executor = new SimClient(simulator);
        SimClient.Answer token = executor.tokenRequest(SimClient.json("grant_type", "client_credentials",
                "client_id", SfmcSimulator.DEMO_CLIENT_ID, "client_secret", SfmcSimulator.DEMO_CLIENT_SECRET,
                "scope", "journeys_execute"));
        executor.token(token.json().get("access_token").asText());

        assertThat(token.json().get("scope").asText()).isEqualTo("journeys_execute");
        assertThat(executor.post("events", SimClient.json("ContactKey", "c", "EventDefinitionKey", "signup")).status())
                .isEqualTo(201);
        assertThat(executor.get("eventDefinitions").status()).isEqualTo(403);
    }

    @Test
    void packageScopesLimitWhatATokenRequestGets() {
        SimClient.Answer token = new SimClient(simulator).tokenRequest(SimClient.json("grant_type",
                "client_credentials", "client_id", READER, "client_secret", READER_SECRET,
                "scope", "journeys_read journeys_write"));

        assertThat(token.json().get("scope").asText()).isEqualTo("journeys_read");
    }

    @Test
    void coarseScopeQuirksFollowThePermissionTableOrSwitchTheCheckOff() {
        SimClient reader = new SimClient(simulator);
        reader.token(reader.tokenRequest(SimClient.json("grant_type", "client_credentials", "client_id",
                SfmcSimulator.DEMO_CLIENT_ID, "client_secret", SfmcSimulator.DEMO_CLIENT_SECRET,
                "scope", "journeys_read")).json().get("access_token").asText());
        assertThat(reader.post("events", SimClient.json("ContactKey", "b", "EventDefinitionKey", "signup")).status())
                .isEqualTo(403);

        simulator.quirks().scopeCheck(Quirks.ScopeCheck.JOURNEYS_READ);
        SimClient.Answer coarse = reader.post("events", SimClient.json("ContactKey", "c", "EventDefinitionKey", "signup"));
        simulator.quirks().scopeCheck(Quirks.ScopeCheck.OFF);
        SimClient.Answer off = reader.post("events", SimClient.json("ContactKey", "d", "EventDefinitionKey", "signup"));

        assertThat(coarse.status()).isEqualTo(201);
        assertThat(off.status()).isEqualTo(201);
    }

    @Test
    void everyRouteExceptThePublicOnesHasAScope() {
        List<String> methods = ApiRoutes.build(new ApiContext(null, null, null, null)).routes().stream()
                .map(Route::method).toList();

        assertThat(methods).isNotEmpty().allSatisfy(method -> {
            if (!ApiRoutes.PUBLIC_METHODS.contains(method)) {
                assertThat(MethodScopes.of(method)).as(method).isNotNull();
            }
        });
    }

    @Test
    void authenticationComesBeforeRouting() {
        SimClient anonymous = new SimClient(simulator);
        SimClient wrongToken = new SimClient(simulator);
        wrongToken.token("not-a-token");

        for (SimClient caller : List.of(anonymous, wrongToken)) {
            assertThat(caller.get("no/such/resource").status()).isEqualTo(401);
            assertThat(caller.call("PATCH", "interactions", "{}").status()).isEqualTo(401);
            assertThat(caller.get("/v2/token").status()).isEqualTo(401);
        }
        assertThat(client.get("no/such/resource").status()).isEqualTo(404);
        assertThat(client.call("PATCH", "interactions", "{}").status()).isEqualTo(400);
        assertThat(client.call("PATCH", "interactions", "{}").json().get("errorcode").asInt()).isEqualTo(30001);
    }

    @Test
    void quirkRoutesBeforeAuthentication() {
        simulator.quirks().routeBeforeAuthentication(true);
        SimClient anonymous = new SimClient(simulator);

        assertThat(anonymous.get("no/such/resource").status()).isEqualTo(404);
        assertThat(anonymous.call("PATCH", "interactions", "{}").status()).isEqualTo(400);
        assertThat(anonymous.get("interactions").status()).isEqualTo(401);
    }

    private static void assertMemberMissing(SimClient.Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("notQueuedCount").asInt()).isEqualTo(1);
        assertThat(answer.json().get("members").get(0).get("errorcode").asInt()).isEqualTo(10002);
        assertThat(answer.json().get("members").get(0).get("message").asText()).isEqualTo(field + " is required.");
    }

    private static void assertMissing(SimClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errorcode").asInt()).isEqualTo(10002);
        assertThat(answer.json().get("message").asText()).isEqualTo(field + " is required.");
        assertThat(answer.json().has("documentation")).isTrue();
    }
}
