package io.sfmcjourney.camel.testsupport;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.health.WritableHealthCheckRepository;

/** Access to the {@code producers} health checks of a context (as {@code camel.health.producersEnabled=true} would). */
public final class HealthChecks {

    private HealthChecks() {
    }

    /** The producers repository, switched on. */
    public static WritableHealthCheckRepository producers(CamelContext context) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        ((HealthCheckRepository) repository).setEnabled(true);
        return repository;
    }

    /** The sfmc-journey producer checks registered in the context. */
    public static List<HealthCheck> sfmcProducerChecks(CamelContext context) {
        return producers(context).stream().filter(check -> check.getId().startsWith("producer:sfmc-journey-"))
                .toList();
    }
}
