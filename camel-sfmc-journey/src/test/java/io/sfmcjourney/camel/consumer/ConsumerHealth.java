package io.sfmcjourney.camel.consumer;

import java.util.Collection;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;

/** The state Camel's consumer health check reports for a route's consumer. */
record ConsumerHealth(HealthCheck.State state) {

    /** Installs Camel's health check registry with the consumers repository, as camel-main does; before start. */
    static void enable(CamelContext context) {
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.register(registry.resolveById("consumers"));
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
    }

    static ConsumerHealth of(CamelContext context, String routeId) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);
        return results.stream().filter(result -> ("consumer:" + routeId).equals(result.getCheck().getId()))
                .findFirst().map(result -> new ConsumerHealth(result.getState()))
                .orElseThrow(() -> new AssertionError("no health check consumer:" + routeId + " in " + results));
    }

    boolean isDown() {
        return state == HealthCheck.State.DOWN;
    }

    boolean isUp() {
        return state == HealthCheck.State.UP;
    }
}
