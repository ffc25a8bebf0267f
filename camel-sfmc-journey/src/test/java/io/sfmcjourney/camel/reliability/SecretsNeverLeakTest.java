package io.sfmcjourney.camel.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.camel.testsupport.HealthChecks;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.apache.hc.core5.http.HttpHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs routes that succeed, fail, renew tokens after a revocation and are refused credentials, with the component
 * logging at DEBUG, then looks for the client secrets and every bearer token actually sent in everything a user or
 * operator sees: log output, exception messages and stack traces, endpoint URIs, health check results and the dev
 * console.
 */
class SecretsNeverLeakTest {

    private static final String CLIENT_ID = "leak-check-client";
    private static final String SECRET = "Leak-Check-Secret-7f3a9c";
    private static final String WRONG_SECRET = "Wrong-Secret-Value-51b2e8";

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(b -> b.client(CLIENT_ID, SECRET, "300001"))
            .withoutResetBeforeEach();

    private static final Set<String> TOKENS_SENT = ConcurrentHashMap.newKeySet();
    private static final List<Exception> FAILURES = new ArrayList<>();
    private static final List<String> ENDPOINT_URIS = new ArrayList<>();
    private static final List<HealthCheck.Result> HEALTH = new ArrayList<>();
    private static final List<String> CONSOLE = new ArrayList<>();
    private static String logOutput;

    @BeforeAll
    static void exerciseEverySurface() {
        SfmcSimulator sim = SIM.simulator();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (CamelHarness good = start(sim, SECRET)) {
                good.send("direct:discovery", null, Map.of());
                sim.revokeAllTokens();
                good.send("direct:discovery", null, Map.of());
                collect(good.send("sfmc-journey:getInteraction?id=no-such-journey&clientSecret=RAW(" + SECRET
                                        + ")&clientId=" + CLIENT_ID, null, Map.of()));
                collectSurfaces(good);
            }
            try (CamelHarness refused = start(sim, WRONG_SECRET)) {
                collect(refused.send("direct:discovery", null, Map.of()));
                collectSurfaces(refused);
            }
        } finally {
            System.setErr(originalErr);
            logOutput = captured.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void clear() {
        TOKENS_SENT.clear();
        FAILURES.clear();
        ENDPOINT_URIS.clear();
        HEALTH.clear();
        CONSOLE.clear();
    }

    static Stream<Arguments> surfaces() {
        return Stream.of(
                Arguments.of("log output at DEBUG", (Surface) () -> List.of(logOutput),
                        List.of("Obtained SFMC token for clientId " + CLIENT_ID, "SFMC token request failed",
                                "-> HTTP 401 on attempt 1")),
                Arguments.of("exception messages and stack traces", (Surface) () -> FAILURES.stream()
                        .map(SecretsNeverLeakTest::stackTrace).toList(),
                        List.of("getInteraction GET /interaction/v1/interactions/no-such-journey failed: HTTP 404",
                                "401 invalid_client")),
                Arguments.of("endpoint URIs", (Surface) () -> ENDPOINT_URIS,
                        List.of("sfmc-journey://getInteraction?", "clientSecret=xxxxxx")),
                Arguments.of("health check results", (Surface) () -> HEALTH.stream()
                        .map(r -> r.getState() + " " + r.getMessage().orElse("") + " " + r.getDetails() + " "
                                  + r.getError().map(SecretsNeverLeakTest::stackTrace).orElse("")).toList(),
                        List.of("UP", "DOWN SFMC token request to", "invalid_client")),
                Arguments.of("dev console (text and JSON)", (Surface) () -> CONSOLE,
                        List.of("Client id: " + CLIENT_ID, "\"clientId\":\"" + CLIENT_ID, "Last error: SFMC token request")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void neitherSecretNorTokenAppears(String name, Surface surface, List<String> shows) {
        List<String> texts = surface.texts();
        assertThat(TOKENS_SENT).as("bearer tokens captured on the wire").hasSizeGreaterThanOrEqualTo(2);
        assertThat(texts).as("the surface was exercised").isNotEmpty().allSatisfy(text -> assertThat(text).isNotBlank());
        for (String text : texts) {
            assertThat(text).doesNotContain(SECRET).doesNotContain(WRONG_SECRET);
            for (String token : TOKENS_SENT) {
                assertThat(text).doesNotContain(token);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void surfaceShowsWhatHappened(String name, Surface surface, List<String> shows) {
        String all = String.join("\n", surface.texts());
        for (String expected : shows) {
            assertThat(all).contains(expected);
        }
    }

    private static CamelHarness start(SfmcSimulator sim, String secret) {
        return CamelHarness.start(sim.authUrl(), secret, component -> {
            component.getConfiguration().setClientId(CLIENT_ID);
            component.getConfiguration().setMaxRetries(0);
            component.setHttpClientConfigurer(builder -> builder.addRequestInterceptorLast((request, entity, ctx) -> {
                if (request.getFirstHeader(HttpHeaders.AUTHORIZATION) != null) {
                    TOKENS_SENT.add(request.getFirstHeader(HttpHeaders.AUTHORIZATION).getValue().substring(7));
                }
            }));
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:discovery").to("sfmc-journey:discovery");
            }
        });
    }

    private static void collect(Exchange exchange) {
        if (exchange.getException() != null) {
            FAILURES.add(exchange.getException());
        }
    }

    private static void collectSurfaces(CamelHarness camel) {
        for (Endpoint endpoint : camel.context().getEndpoints()) {
            ENDPOINT_URIS.add(endpoint.getEndpointUri());
            ENDPOINT_URIS.add(endpoint.toString());
        }
        camel.context().getRoutes().forEach(route -> ENDPOINT_URIS.add(route.getEndpoint().getEndpointUri()));
        HealthChecks.sfmcProducerChecks(camel.context()).forEach(check -> HEALTH.add(check.call()));
        DevConsole console = PluginHelper.getDevConsoleResolver(camel.context()).resolveDevConsole("sfmc-journey");
        CONSOLE.add((String) console.call(DevConsole.MediaType.TEXT, Map.of()));
        CONSOLE.add(((JsonObject) console.call(DevConsole.MediaType.JSON, Map.of())).toJson());
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Texts of one place a secret could leak to. */
    @FunctionalInterface
    interface Surface {
        List<String> texts();
    }
}
