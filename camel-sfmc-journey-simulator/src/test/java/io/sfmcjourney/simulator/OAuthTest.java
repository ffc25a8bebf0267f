package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthTest {

    private SfmcSimulator simulator;
    private SimClient client;

    @BeforeEach
    void start() {
        simulator = SfmcSimulator.builder()
                .client("other-client", "other-secret", "200001")
                .client("other-client", "other-secret", "200002")
                .start();
        client = new SimClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void issuesBearerTokenWithSfmcShape() {
        SimClient.Answer answer = client.tokenRequest(SimClient.json("grant_type", "client_credentials",
                "client_id", SfmcSimulator.DEMO_CLIENT_ID, "client_secret", SfmcSimulator.DEMO_CLIENT_SECRET));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("access_token").asText()).isNotBlank();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1079);
        assertThat(body.get("scope").asText()).contains("journeys_read", "journeys_write");
        assertThat(body.get("rest_instance_url").asText()).isEqualTo(simulator.restUrl()).endsWith("/");
        assertThat(body.get("soap_instance_url").asText()).isNotBlank();
        assertThat(simulator.counters().tokenRequests(SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_ACCOUNT_ID))
                .isEqualTo(1);
    }

    @Test
    void wrongSecretAndUnknownClientAreInvalidClient() {
        SimClient.Answer badSecret = client.tokenRequest(SimClient.json("grant_type", "client_credentials",
                "client_id", SfmcSimulator.DEMO_CLIENT_ID, "client_secret", "nope"));
        SimClient.Answer unknown = client.tokenRequest(SimClient.json("grant_type", "client_credentials",
                "client_id", "who", "client_secret", "nope"));

        for (SimClient.Answer answer : new SimClient.Answer[] {badSecret, unknown}) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
            assertThat(answer.json().get("error_description").asText()).startsWith("Client authentication failed.");
            assertThat(answer.json().get("error_uri").asText()).isEqualTo("https://developer.salesforce.com/docs");
        }
        assertThat(simulator.counters().tokenRequests()).isEqualTo(2);
    }

    @Test
    void rejectsOtherGrantTypesAndMalformedBodies() {
        SimClient.Answer grant = client.tokenRequest(SimClient.json("grant_type", "password",
                "client_id", SfmcSimulator.DEMO_CLIENT_ID, "client_secret", SfmcSimulator.DEMO_CLIENT_SECRET));
        SimClient.Answer broken = client.tokenRequest("{not json");

        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void acceptsFormEncodedRequests() {
        SimClient.Answer answer = client.send(HttpRequest.newBuilder(URI.create(simulator.authUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + SfmcSimulator.DEMO_CLIENT_ID + "&client_secret=" + SfmcSimulator.DEMO_CLIENT_SECRET)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(simulator.journal().last("token").body()).contains("client_secret=[redacted]")
                .doesNotContain(SfmcSimulator.DEMO_CLIENT_SECRET);
    }

    @Test
    void accountIdMayBeStringOrNumberAndMustBelongToTheClient() {
        SimClient.Answer asNumber = client.tokenRequest("{\"grant_type\":\"client_credentials\",\"client_id\":"
                + "\"other-client\",\"client_secret\":\"other-secret\",\"account_id\":200002}");
        SimClient.Answer foreign = client.tokenRequest(SimClient.json("grant_type", "client_credentials",
                "client_id", "other-client", "client_secret", "other-secret", "account_id", "100001"));

        assertThat(asNumber.status()).isEqualTo(200);
        assertThat(simulator.counters().tokenRequests("other-client", "200002")).isEqualTo(1);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void stateIsSeparatedPerAccount() {
        SimClient first = new SimClient(simulator).login("other-client", "other-secret", "200001");
        SimClient second = new SimClient(simulator).login("other-client", "other-secret", "200002");
        first.createJourney("per-account", null);

        assertThat(first.get("interactions/key:per-account").status()).isEqualTo(200);
        assertThat(second.get("interactions/key:per-account").status()).isEqualTo(404);
        assertThat(second.get("interactions").json().get("count").asInt()).isZero();
    }

    @Test
    void restCallsNeedAValidToken() {
        SimClient.Answer none = client.get("interactions");
        client.token("made-up");
        SimClient.Answer invalid = client.get("interactions");

        for (SimClient.Answer answer : new SimClient.Answer[] {none, invalid}) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("message").asText()).isEqualTo("Not Authorized");
            assertThat(answer.json().get("errorcode").asInt()).isZero();
            assertThat(answer.json().get("documentation").asText()).contains("error-handling");
        }
    }

    @Test
    void shortLifetimeTokensExpire() {
        try (SfmcSimulator shortLived = SfmcSimulator.builder().tokenLifetime(Duration.ofSeconds(1)).start()) {
            SimClient shortClient = new SimClient(shortLived).login();
            SimClient.Answer token = shortClient.tokenRequest(SimClient.json("grant_type", "client_credentials",
                    "client_id", SfmcSimulator.DEMO_CLIENT_ID, "client_secret", SfmcSimulator.DEMO_CLIENT_SECRET));
            assertThat(token.json().get("expires_in").asLong()).isEqualTo(1);

            await().atMost(Duration.ofSeconds(10)).until(() -> shortClient.get("interactions").status() == 401);
        }
    }

    @Test
    void expireAndRevokeInvalidateIssuedTokens() {
        client.login();
        assertThat(client.get("interactions").status()).isEqualTo(200);

        simulator.expireAllTokens();
        assertThat(client.get("interactions").status()).isEqualTo(401);

        client.login();
        assertThat(client.get("interactions").status()).isEqualTo(200);
        simulator.revokeAllTokens();
        assertThat(client.get("interactions").status()).isEqualTo(401);
    }

    @Test
    void tokenInTheUrlIsRejectedAndNotJournalled() {
        client.login();
        String token = client.token();
        client.token(null);

        SimClient.Answer answer = client.get("interactions?access_token=" + token);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("errorcode").asInt()).isEqualTo(40004);
        RecordedRequest recorded = simulator.journal().last("getInteractionCollection");
        assertThat(recorded.rawQuery()).doesNotContain(token);
        assertThat(recorded.query().get("access_token")).containsExactly("[redacted]");
    }

    @Test
    void journalNeverHoldsSecretsOrTokens() {
        client.login();
        client.get("interactions");

        assertThat(simulator.journal().requests()).allSatisfy(request -> {
            assertThat(request.body()).doesNotContain(SfmcSimulator.DEMO_CLIENT_SECRET);
            assertThat(request.headers().values()).noneMatch(value -> value.contains(client.token()));
            assertThat(request.toString()).doesNotContain(client.token());
        });
        assertThat(simulator.journal().last("getInteractionCollection").headers().get("authorization"))
                .isEqualTo("Bearer [redacted]");
    }
}
