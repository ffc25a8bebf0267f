package io.sfmcjourney.camel.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.SensitiveUtils;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Copies the options an application set under a prefix (for example {@code camel.component.sfmc-journey.client-id})
 * onto a component, through the component's generated configurer. Options left unset keep the component's own
 * defaults, and {@code configuration} goes first so single options refine a configuration bean instead of being
 * replaced by it.
 */
final class SfmcJourneyOptionCopier {

    /** Properties of the auto-configuration itself, not options of the component. */
    private static final Set<String> STARTER_PROPERTIES = Set.of("enabled", "customizer");
    private static final String CONFIGURATION = "configuration";

    private SfmcJourneyOptionCopier() {
    }

    /**
     * Copies the options of {@code options} that are set in the environment under {@code prefix} onto the component.
     *
     * @throws IllegalArgumentException if an option cannot be set on the component (the message never quotes the
     *                                  value of a secret option)
     */
    static void copy(CamelContext camelContext, Environment environment, String prefix,
                     SfmcJourneyComponentConfiguration options, SfmcJourneyComponent component) {
        Map<String, Object> values = CamelPropertiesHelper.getNonNullProperties(camelContext, options);
        Map<String, Object> chosen = new LinkedHashMap<>();
        if (values.containsKey(CONFIGURATION) && isSet(environment, prefix, CONFIGURATION)) {
            chosen.put(CONFIGURATION, values.get(CONFIGURATION));
        }
        values.forEach((name, value) -> {
            if (!STARTER_PROPERTIES.contains(name) && !CONFIGURATION.equals(name) && isSet(environment, prefix, name)) {
                chosen.put(name, value);
            }
        });
        ServiceHelper.initService(component);
        PropertyConfigurer configurer = component.getComponentPropertyConfigurer();
        chosen.forEach((name, value) -> bind(camelContext, configurer, component, prefix, name, value));
    }

    private static void bind(CamelContext camelContext, PropertyConfigurer configurer, SfmcJourneyComponent component,
                             String prefix, String name, Object value) {
        String key = prefix + "." + StringHelper.camelCaseToDash(name);
        boolean bound;
        try {
            bound = PropertyBindingSupport.build().withConfigurer(configurer).withIgnoreCase(true)
                    .bind(camelContext, component, name, value);
        } catch (RuntimeException e) {
            // binding errors quote the value: keep them away from secret options
            if (SensitiveUtils.containsSensitive(name)) {
                throw new IllegalArgumentException("Cannot set " + key + " on the sfmc-journey component");
            }
            throw new IllegalArgumentException("Cannot set " + key + " on the sfmc-journey component: "
                                               + e.getMessage(), e);
        }
        if (!bound) {
            throw new IllegalArgumentException("The sfmc-journey component has no option " + name + " (" + key + ")");
        }
    }

    private static boolean isSet(Environment environment, String prefix, String option) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(prefix + "." + StringHelper.camelCaseToDash(option));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null
                    || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
