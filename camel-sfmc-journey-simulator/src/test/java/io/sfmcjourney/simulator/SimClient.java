package io.sfmcjourney.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Minimal test client: plain java.net.http against the simulator over loopback. */
final class SimClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final SfmcSimulator simulator;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    /** One HTTP answer. */
    record Answer(int status, String body, Map<String, java.util.List<String>> headers) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    SimClient(SfmcSimulator simulator) {
        this.simulator = simulator;
    }

    /** Fetches a token for the demo client (or the given one) and uses it from now on. */
    SimClient login() {
        return login(SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_CLIENT_SECRET, null);
    }

    SimClient login(String clientId, String secret, String accountId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("grant_type", "client_credentials");
        body.put("client_id", clientId);
        body.put("client_secret", secret);
        if (accountId != null) {
            body.put("account_id", accountId);
        }
        Answer answer = tokenRequest(body.toString());
        if (answer.status() != 200) {
            throw new AssertionError("token request failed: " + answer);
        }
        token = answer.json().get("access_token").asText();
        return this;
    }

    Answer tokenRequest(String body) {
        return send(HttpRequest.newBuilder(URI.create(simulator.authUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String token() {
        return token;
    }

    void token(String value) {
        this.token = value;
    }

    /** A REST call; {@code path} is relative to /interaction/v1/ unless it starts with '/'. */
    Answer call(String verb, String path, String body) {
        String url = path.startsWith("/") ? simulator.baseUrl() + path : simulator.restUrl() + "interaction/v1/" + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    Answer get(String path) {
        return call("GET", path, null);
    }

    Answer post(String path, String body) {
        return call("POST", path, body);
    }

    Answer put(String path, String body) {
        return call("PUT", path, body);
    }

    Answer delete(String path) {
        return call("DELETE", path, null);
    }

    /** Sends and expects an answer (an IOException is rethrown unchecked). */
    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient http() {
        return http;
    }

    static String json(Object... keyValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.set((String) keyValues[i], JSON.valueToTree(keyValues[i + 1]));
        }
        return node.toString();
    }

    // ---- fixtures shared by tests

    /** Creates an API event definition with a schema of the given text fields; returns its GET-shaped id. */
    String createEventDefinition(String key, String... fields) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "APIEvent");
        body.put("name", key + " name");
        body.put("eventDefinitionKey", key);
        var list = body.putObject("schema").putArray("fields");
        for (String field : fields) {
            list.addObject().put("name", field).put("dataType", "Text").put("maxLength", "100").put("isNullable", true);
        }
        Answer answer = post("eventDefinitions", body.toString());
        if (answer.status() != 200) {
            throw new AssertionError("event definition not created: " + answer);
        }
        return answer.json().get("id").asText();
    }

    /** Creates a journey triggered by the event key, with an email then a wait activity; returns the response. */
    JsonNode createJourney(String key, String eventKey) {
        ObjectNode body = JSON.createObjectNode();
        body.put("key", key);
        body.put("name", key + " journey");
        body.put("workflowApiVersion", 1.0);
        if (eventKey != null) {
            ObjectNode trigger = body.putArray("triggers").addObject();
            trigger.put("key", "TRIGGER");
            trigger.put("name", "Entry " + eventKey);
            trigger.put("type", "APIEvent");
            trigger.putObject("metaData").put("eventDefinitionKey", eventKey);
            var activities = body.putArray("activities");
            activities.addObject().put("key", "EMAILV2-1").put("name", "Welcome").put("type", "EMAILV2");
            activities.addObject().put("key", "WAIT-1").put("name", "Wait a day").put("type", "WAIT");
        }
        Answer answer = post("interactions", body.toString());
        if (answer.status() != 200) {
            throw new AssertionError("journey not created: " + answer);
        }
        return answer.json();
    }

    Answer fire(String contactKey, String eventKey, Map<String, Object> data) {
        return post("events", json("ContactKey", contactKey, "EventDefinitionKey", eventKey, "Data", data));
    }
}
