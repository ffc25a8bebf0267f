package io.sfmcjourney.camel.metrics;

import io.sfmcjourney.camel.SfmcJourneyComponent;

/**
 * Chooses the component's {@link SfmcMetrics}: Micrometer's when metrics are enabled, Micrometer is on the classpath
 * and a {@code MeterRegistry} is given or found in the Camel registry; else {@link SfmcMetrics#NONE}. Nothing of
 * Micrometer is loaded unless it is present, so the component runs without it.
 */
public final class SfmcMetricsFactory {

    /** The class whose presence decides whether Micrometer can be used. */
    static final String METER_REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";

    private SfmcMetricsFactory() {
    }

    /**
     * @param  component                the component whose calls, tokens and consumers are measured
     * @param  enabled                  the component option {@code metricsEnabled}
     * @param  meterRegistry            the component option {@code meterRegistry}, or null to look one up
     * @throws IllegalArgumentException when {@code meterRegistry} is set but is no Micrometer {@code MeterRegistry}
     */
    public static SfmcMetrics create(SfmcJourneyComponent component, boolean enabled, Object meterRegistry) {
        if (!enabled) {
            return SfmcMetrics.NONE;
        }
        if (!micrometerPresent(SfmcMetricsFactory.class.getClassLoader())) {
            if (meterRegistry != null) {
                throw notARegistry(meterRegistry);
            }
            return SfmcMetrics.NONE;
        }
        return MicrometerMetrics.create(component, meterRegistry);
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

    static IllegalArgumentException notARegistry(Object meterRegistry) {
        return new IllegalArgumentException("sfmc-journey: the option meterRegistry must be a Micrometer "
                                            + METER_REGISTRY_CLASS + ", but is a " + meterRegistry.getClass().getName());
    }
}
