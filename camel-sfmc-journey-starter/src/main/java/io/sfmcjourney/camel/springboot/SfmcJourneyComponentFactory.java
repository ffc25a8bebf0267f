package io.sfmcjourney.camel.springboot;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import org.apache.camel.CamelContext;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates further {@code sfmc-journey} component instances, each configured from its own property prefix with the
 * same option names as {@code camel.component.sfmc-journey.*}: for example a second business unit whose installed
 * package has its own credentials. Register the result under the scheme the routes use:
 *
 * <pre>
 * &#64;Bean("sfmc-journey-bu2")
 * SfmcJourneyComponent sfmcJourneyBu2(SfmcJourneyComponentFactory factory) {
 *     return factory.create("sfmc.bu2"); // sfmc.bu2.client-id, sfmc.bu2.client-secret, sfmc.bu2.account-id, ...
 * }
 * </pre>
 *
 * An instance takes nothing from {@code camel.component.sfmc-journey.*}; options it does not set keep the component's
 * defaults.
 */
public class SfmcJourneyComponentFactory {

    private final CamelContext camelContext;
    private final ConfigurableEnvironment environment;
    private final Binder binder;

    public SfmcJourneyComponentFactory(CamelContext camelContext, ConfigurableEnvironment environment,
                                       SfmcJourneyComponentConverter converter) {
        this.camelContext = camelContext;
        this.environment = environment;
        ApplicationConversionService conversionService = new ApplicationConversionService();
        conversionService.addConverter(converter);
        this.binder = new Binder(ConfigurationPropertySources.get(environment),
                new PropertySourcesPlaceholdersResolver(environment), conversionService);
    }

    /**
     * A new component configured from the properties under {@code prefix} (lower case, dot separated, e.g.
     * {@code sfmc.bu2}).
     */
    public SfmcJourneyComponent create(String prefix) {
        SfmcJourneyComponentConfiguration options = binder.bind(prefix, SfmcJourneyComponentConfiguration.class)
                .orElseGet(SfmcJourneyComponentConfiguration::new);
        SfmcJourneyComponent component = new SfmcJourneyComponent();
        component.setCamelContext(camelContext);
        SfmcJourneyOptionCopier.copy(camelContext, environment, prefix, options, component);
        return component;
    }
}
