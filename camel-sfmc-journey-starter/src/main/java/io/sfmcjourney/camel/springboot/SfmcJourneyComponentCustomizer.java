package io.sfmcjourney.camel.springboot;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code camel.component.sfmc-journey.*} properties to the component registered as {@code sfmc-journey}.
 * Other instances (such as a second business unit registered as {@code sfmc-journey-bu2}) are left alone. Switched off
 * by {@code camel.component.customizer.enabled=false} or {@code camel.component.sfmc-journey.customizer.enabled=false}.
 */
final class SfmcJourneyComponentCustomizer implements ComponentCustomizer {

    static final String SCHEME = "sfmc-journey";

    private final CamelContext camelContext;
    private final Environment environment;
    private final SfmcJourneyComponentConfiguration configuration;

    SfmcJourneyComponentCustomizer(CamelContext camelContext, Environment environment,
                                   SfmcJourneyComponentConfiguration configuration) {
        this.camelContext = camelContext;
        this.environment = environment;
        this.configuration = configuration;
    }

    @Override
    public void configure(String name, Component target) {
        SfmcJourneyOptionCopier.copy(camelContext, environment, SfmcJourneyComponentConfiguration.PREFIX,
                configuration, (SfmcJourneyComponent) target);
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return SCHEME.equals(name) && target instanceof SfmcJourneyComponent
                && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                        SfmcJourneyComponentConfiguration.PREFIX + ".customizer");
    }
}
