package io.sfmcjourney.camel.metrics;

import io.sfmcjourney.camel.SfmcJourneyComponent;

/**
 * Chooses the component's {@link SfmcMetrics}: Micrometer's when metrics are enabled, Micrometer is on the classpath
 * and a {@code MeterRegistry} is found in the Camel registry (with Spring Boot: the application's); else
 * {@link SfmcMetrics#NONE}. Nothing of Micrometer is loaded unless it is present, so the component runs without it.
 * <p>
 * There is no component option to hand over a registry: its type would tie the component (and the starter's
 * configuration properties) to Micrometer. To choose among several registries, name the one to use
 * {@code metricsRegistry} (as camel-micrometer does).
 */
public final class SfmcMetricsFactory {

    /** The class whose presence decides whether Micrometer can be used. */
    static final String METER_REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";

    private SfmcMetricsFactory() {
    }

    /**
     * @param component the component whose calls, tokens and consumers are measured
     * @param enabled   the component option {@code metricsEnabled}
     */
    public static SfmcMetrics create(SfmcJourneyComponent component, boolean enabled) {
        if (!enabled || !micrometerPresent(SfmcMetricsFactory.class.getClassLoader())) {
            return SfmcMetrics.NONE;
        }
        return MicrometerMetrics.create(component);
    }

    /** Whether Micrometer's {@code MeterRegistry} can be loaded by {@code loader}. */
    static boolean micrometerPresent(ClassLoader loader) {
        try {
            Class.forName(METER_REGISTRY_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
