package io.sfmcjourney.camel.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camel's OpenTelemetry tracer (camel-opentelemetry2) sees each SFMC call as a span of the exchange, with the
 * endpoint's sanitised URI, and no span attribute carries the client secret or the access token, even when the secret
 * is written in the endpoint URI.
 */
class OpenTelemetryTracingTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider
            = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private DefaultCamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        provider.close();
    }

    @Test
    void eachCallIsASpanOfTheExchangeWithoutSecretOrToken() throws Exception {
        SfmcSimulator sim = SIM.simulator();
        context = new DefaultCamelContext();
        context.getRegistry().bind("tracer", provider.get("sfmc-journey-test"));
        context.getRegistry().bind("propagators", ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
        new OpenTelemetryTracer().init(context);
        String uri = "sfmc-journey:getEventDefinitionCollection?clientId=" + SfmcSimulator.DEMO_CLIENT_ID
                     + "&clientSecret=RAW(" + SfmcSimulator.DEMO_CLIENT_SECRET + ")&accountId="
                     + SfmcSimulator.DEMO_ACCOUNT_ID + "&authUrl=" + sim.authUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:traced").routeId("traced").to(uri);
            }
        });
        context.start();

        Exchange exchange = context.createProducerTemplate().request("direct:traced", e -> { });

        assertThat(exchange.getException()).isNull();
        String token = token();
        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData call = spans.stream().filter(span -> attributes(span).contains("sfmc-journey:")).findFirst()
                .orElseThrow(() -> new AssertionError("no span of the sfmc-journey endpoint in " + spans));
        SpanData route = spans.stream().filter(span -> attributes(span).contains("direct:")).findFirst()
                .orElseThrow(() -> new AssertionError("no span of the route in " + spans));
        assertThat(call.getTraceId()).as("the call's span belongs to the exchange's trace").isEqualTo(route.getTraceId());
        assertThat(call.getParentSpanId()).isEqualTo(route.getSpanId());
        assertThat(call.getStatus().getStatusCode().name()).isNotEqualTo("ERROR");
        for (SpanData span : spans) {
            assertThat(span.getName() + attributes(span) + span.getEvents())
                    .doesNotContain(SfmcSimulator.DEMO_CLIENT_SECRET).doesNotContain(token);
        }
        assertThat(String.valueOf(exchange.getMessage().getHeaders())).doesNotContain(token)
                .doesNotContain(SfmcSimulator.DEMO_CLIENT_SECRET);
    }

    private String token() throws Exception {
        SfmcJourneyComponent component = context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
        List<SfmcTokenManager> managers = List.copyOf(component.tokenManagers());
        assertThat(managers).hasSize(1);
        String token = managers.get(0).token().value();
        assertThat(token).isNotBlank();
        return token;
    }

    private static String attributes(SpanData span) {
        return String.valueOf(span.getAttributes().asMap().entrySet().stream()
                .map(entry -> Map.entry(entry.getKey().getKey(), String.valueOf(entry.getValue()))).toList());
    }
}
