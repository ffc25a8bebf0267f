package io.sfmcjourney.camel.reliability;

import static io.sfmcjourney.camel.SfmcJourneyConstants.EVENT_DEFINITION_ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.KEY;
import static io.sfmcjourney.camel.SfmcJourneyConstants.QUERY_PARAMETERS;
import static io.sfmcjourney.camel.SfmcJourneyConstants.VERSION_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed input sent end to end through the endpoint to the simulator: values that try to leave their
 * path segment, smuggle query parameters or headers, broken bodies and wrongly typed headers. Path and query values
 * must arrive as exactly the data they are, in the resource the method names; unusable input must fail before any
 * request, naming the method and what to fix.
 */
class HostileRequestInputTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(b -> { }).withoutResetBeforeEach();

    private static CamelHarness camel;
    private SfmcSimulator sim;

    @BeforeAll
    static void start() {
        camel = CamelHarness.start(SIM.simulator(), component -> component.getConfiguration().setMaxRetries(0));
    }

    @AfterAll
    static void stop() {
        camel.close();
    }

    @BeforeEach
    void clearJournal() {
        sim = SIM.simulator();
        sim.journal().clear();
    }

    static Stream<Arguments> pathValues() {
        return Stream.of(
                path("key climbing to the token endpoint", "getEventDefinitionByKey", KEY, "../../../v2/token",
                        "/interaction/v1/eventDefinitions/key:..%2F..%2F..%2Fv2%2Ftoken"),
                path("key that is a dot-segment", "getInteractionByKey", KEY, "..",
                        "/interaction/v1/interactions/key:%2E%2E"),
                path("id that is a dot-segment", "getInteraction", ID, "..", "/interaction/v1/interactions/%2E%2E"),
                path("id reaching another journey of a DELETE", "deleteInteraction", ID, "../key:victim",
                        "/interaction/v1/interactions/..%2Fkey%3Avictim"),
                path("pre-encoded slash in a key", "getInteractionByKey", KEY, "a%2Fb",
                        "/interaction/v1/interactions/key:a%252Fb"),
                path("backslash in an id", "getInteraction", ID, "..\\..\\rest",
                        "/interaction/v1/interactions/..%5C..%5Crest"),
                path("query smuggled in a key", "getInteractionByKey", KEY, "a?$page=2&versionNumber=1",
                        "/interaction/v1/interactions/key:a%3F%24page%3D2%26versionNumber%3D1"),
                path("fragment in an id", "getInteraction", ID, "x#fragment", "/interaction/v1/interactions/x%23fragment"),
                path("CRLF header injection in a key", "getEventDefinitionByKey", KEY, "k\r\nX-Injected: yes",
                        "/interaction/v1/eventDefinitions/key:k%0D%0AX-Injected%3A%20yes"),
                path("NUL byte in an id", "getInteraction", ID, "a\u0000b", "/interaction/v1/interactions/a%00b"),
                path("non-ASCII event definition id", "getTriggerStatistics", EVENT_DEFINITION_ID, "ü/日",
                        "/interaction/v1/triggerstats/%C3%BC%2F%E6%97%A5"),
                path("event definition id climbing out", "deleteTriggerTest", EVENT_DEFINITION_ID, "../../interactions",
                        "/interaction/v1/interactions/triggerTest/..%2F..%2Finteractions"),
                path("very long id (4,000 characters)", "getInteraction", ID, "x".repeat(4_000),
                        "/interaction/v1/interactions/" + "x".repeat(4_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathValues")
    void pathValueStaysOneSegmentOfItsResource(String name, String method, String header, String value,
                                               String expectedRawPath) {
        camel.send("sfmc-journey:" + method, null, Map.of(header, value));

        RecordedRequest request = onlyRequest();
        assertThat(request.rawPath()).isEqualTo(expectedRawPath);
        assertThat(request.method()).as("routed to the resource of the method").isEqualTo(method);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.headers()).doesNotContainKey("x-injected");
    }

    static Stream<Arguments> queryValues() {
        return Stream.of(
                Arguments.of("ampersand and equals in a value", Map.of("$orderBy", "name&$pageSize=1"),
                        "$orderBy=name%26%24pageSize%3D1"),
                Arguments.of("CRLF in a value", Map.of("$orderBy", "name\r\nX-Injected: yes"),
                        "$orderBy=name%0D%0AX-Injected%3A%20yes"),
                Arguments.of("ampersand in a parameter name", Map.of("a&mostRecentVersionOnly", "true"),
                        "a%26mostRecentVersionOnly=true"),
                Arguments.of("hash in a value", Map.of("nameOrDescription", "#all"), "nameOrDescription=%23all"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryValues")
    void queryValueStaysOneParameter(String name, Map<String, Object> parameters, String expectedRawQuery) {
        camel.send("sfmc-journey:getInteractionCollection", null, Map.of(QUERY_PARAMETERS, parameters));

        RecordedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("getInteractionCollection");
        assertThat(request.rawQuery()).isEqualTo(expectedRawQuery);
        assertThat(request.headers()).doesNotContainKey("x-injected");
    }

    static Stream<Arguments> refusedBeforeSending() {
        Map<String, Object> event = Map.of("ContactKey", "c-1", "EventDefinitionKey", "k");
        return Stream.of(
                refused("truncated JSON body", "postInteractionsEvents", "{\"ContactKey\":", Map.of(),
                        "postInteractionsEvents: the message body is not valid JSON"),
                refused("form-encoded body", "postInteractionsEvents", "ContactKey=c-1&EventDefinitionKey=k", Map.of(),
                        "postInteractionsEvents: the message body is not valid JSON"),
                refused("two JSON values in one body", "postInteractionsEvents", "{} {\"ContactKey\":\"c\"}", Map.of(),
                        "postInteractionsEvents: the message body is not one JSON value"),
                refused("invalid UTF-8 in a byte[] body", "postInteractionsEvents", invalidUtf8(), Map.of(),
                        "postInteractionsEvents: the message body is not valid JSON"),
                refused("body that cannot be serialised", "postInteractionsEvents", new ExplodingBean(), Map.of(),
                        "postInteractionsEvents: cannot serialise the message body"),
                refused("missing required body", "postInteractionsEvents", null, Map.of(),
                        "postInteractionsEvents needs a JSON request body"),
                refused("blank body", "postInteractionsEvents", "  \n ", Map.of(),
                        "postInteractionsEvents needs a JSON request body"),
                refused("missing path value", "getInteraction", null, Map.of(), "getInteraction needs 'id'"),
                refused("blank path value", "getInteractionByKey", null, Map.of(KEY, "   "),
                        "getInteractionByKey needs 'key'"),
                refused("empty path value", "getEventDefinitionById", null, Map.of(ID, ""),
                        "getEventDefinitionById needs 'id'"),
                refused("missing required query parameter", "publishInteractionById", event, Map.of(ID, "j-1"),
                        "publishInteractionById needs 'versionNumber'"),
                refused("non-numeric version header", "getInteraction", null, Map.of(ID, "j-1", VERSION_NUMBER, "two"),
                        "Header CamelSfmcJourneyVersionNumber must be of type Integer but was String 'two'"),
                refused("version header of an unknown type", "getInteraction", null,
                        Map.of(ID, "j-1", VERSION_NUMBER, new Object()),
                        "Header CamelSfmcJourneyVersionNumber must be of type Integer but was Object"),
                refused("query parameters header that is no Map", "getInteractionCollection", null,
                        Map.of(QUERY_PARAMETERS, "$page=2"),
                        "Header CamelSfmcJourneyQueryParameters must be of type Map but was String"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBeforeSending")
    void unusableInputFailsBeforeAnyRequestNamingTheFix(String name, String method, Object body,
                                                       Map<String, Object> headers, String expectedMessage) {
        Exchange exchange = camel.send("sfmc-journey:" + method, body, headers);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedMessage);
        assertThat(sim.journal().requests()).as("nothing was sent").isEmpty();
    }

    private RecordedRequest onlyRequest() {
        List<RecordedRequest> requests = sim.journal().requests().stream()
                .filter(r -> !r.method().equals("token")).toList();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Arguments path(String name, String method, String header, String value, String expectedRawPath) {
        return Arguments.of(name, method, header, value, expectedRawPath);
    }

    private static Arguments refused(String name, String method, Object body, Map<String, Object> headers,
                                     String expectedMessage) {
        Map<String, Object> copy = new HashMap<>(headers);
        return Arguments.of(name, method, body, copy, expectedMessage);
    }

    private static byte[] invalidUtf8() {
        byte[] start = "{\"ContactKey\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + 4];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xC3;
        bytes[start.length + 1] = (byte) 0x28;
        bytes[start.length + 2] = '"';
        bytes[start.length + 3] = '}';
        return bytes;
    }

    /** A bean whose only property cannot be read. */
    public static final class ExplodingBean {
        public String getContactKey() {
            throw new IllegalStateException("boom");
        }
    }
}
