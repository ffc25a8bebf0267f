package io.sfmcjourney.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * One simulator in this JVM and one CamelContext whose sfmc-journey component is configured for it, with the entry
 * event definition {@value #EVENT} (one Text field {@code Email}) created through the component.
 */
final class BenchEnvironment implements AutoCloseable {

    static final String EVENT = "bench-signup";

    final SfmcSimulator simulator;
    final DefaultCamelContext camel;
    final ProducerTemplate template;

    BenchEnvironment(Duration tokenLifetime) {
        // totals only: counting per contact would keep every entered contact (millions in P3) in the heap
        simulator = SfmcSimulator.builder().tokenLifetime(tokenLifetime).journalCapacity(100)
                .acceptedEventsCapacity(1000).asyncStatusCapacity(1000).countPerContact(false).start();
        camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(10);
        SfmcJourneyConfiguration configuration
                = camel.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
        configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
        configuration.setAuthUrl(simulator.authUrl());
        camel.start();
        template = camel.createProducerTemplate();
        template.requestBody("sfmc-journey:postEventDefinition", Map.of("type", "APIEvent", "name", "Bench sign-up",
                "eventDefinitionKey", EVENT,
                "schema", Map.of("fields", List.of(Map.of("name", "Email", "dataType", "Text")))));
    }

    /** The body of one entry event for postInteractionsEvents (PascalCase names). */
    static Map<String, Object> event(long n) {
        return Map.of("ContactKey", "contact-" + n, "EventDefinitionKey", EVENT,
                "Data", Map.of("Email", "contact-" + n + "@example.com"));
    }

    /** A token fetched directly from the simulator, for the hand-written baselines. */
    String fetchToken() throws IOException {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            HttpPost post = new HttpPost(simulator.authUrl());
            post.setEntity(new StringEntity("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                                            + SfmcSimulator.DEMO_CLIENT_ID + "\",\"client_secret\":\""
                                            + SfmcSimulator.DEMO_CLIENT_SECRET + "\",\"account_id\":\""
                                            + SfmcSimulator.DEMO_ACCOUNT_ID + "\"}", ContentType.APPLICATION_JSON));
            JsonNode answer = http.execute(post,
                    response -> new ObjectMapper().readTree(EntityUtils.toByteArray(response.getEntity())));
            return answer.get("access_token").asText();
        }
    }

    @Override
    public void close() {
        camel.stop();
        simulator.close();
    }
}
