package io.sfmcjourney.camel.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A started CamelContext whose {@code sfmc-journey} component authenticates against a simulator (or any token URL)
 * with the simulator's demo package, with fast retries; for route-level tests.
 */
public final class CamelHarness implements AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate template;

    private CamelHarness(CamelContext context) {
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    /** A context authenticating at {@code sim}, customised by {@code setup} before it starts. */
    public static CamelHarness start(SfmcSimulator sim, Consumer<SfmcJourneyComponent> setup) {
        return start(sim.authUrl(), SfmcSimulator.DEMO_CLIENT_SECRET, setup, null);
    }

    /**
     * A context whose component uses this token URL and secret (client id: the simulator's demo client), with
     * {@code routes} added before start (may be null).
     */
    public static CamelHarness start(String authUrl, String clientSecret, Consumer<SfmcJourneyComponent> setup,
                                     RouteBuilder routes) {
        DefaultCamelContext context = new DefaultCamelContext();
        SfmcJourneyComponent component = new SfmcJourneyComponent();
        component.getConfiguration().setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        component.getConfiguration().setClientSecret(clientSecret);
        component.getConfiguration().setAuthUrl(authUrl);
        component.getConfiguration().setRetryInitialDelay(5);
        component.getConfiguration().setRetryMaxDelay(50);
        component.setResponseTimeout(15_000);
        component.setConnectTimeout(2_000);
        setup.accept(component);
        context.addComponent("sfmc-journey", component);
        try {
            if (routes != null) {
                context.addRoutes(routes);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        context.start();
        return new CamelHarness(context);
    }

    public CamelContext context() {
        return context;
    }

    public SfmcJourneyComponent component() {
        return context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
    }

    public ProducerTemplate template() {
        return template;
    }

    /** Sends {@code body} with {@code headers} to {@code uri}; the returned exchange may carry an exception. */
    public Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    @Override
    public void close() {
        context.stop();
    }
}
