package io.sfmcjourney.camel.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Configures the {@code sfmc-journey} component from {@code camel.component.sfmc-journey.*}; switched off by
 * {@code camel.component.sfmc-journey.enabled=false} (or {@code camel.component.enabled=false}). Also provides the
 * {@link SfmcJourneyComponentFactory} for further instances and, with the actuator, masking of the secret options.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, SfmcJourneyComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", SfmcJourneyComponentConfiguration.PREFIX})
public class SfmcJourneyComponentAutoConfiguration {

    /** Resolves {@code #bean:name} values of the object options while Spring binds the properties. */
    @Bean
    @ConfigurationPropertiesBinding
    static SfmcJourneyComponentConverter sfmcJourneyComponentConverter(BeanFactory beanFactory) {
        return new SfmcJourneyComponentConverter(beanFactory);
    }

    /** Applies the properties when Camel creates the {@code sfmc-journey} component. */
    @Lazy
    @Bean
    ComponentCustomizer configureSfmcJourneyComponent(CamelContext camelContext, ConfigurableEnvironment environment,
                                                      SfmcJourneyComponentConfiguration configuration) {
        return new SfmcJourneyComponentCustomizer(camelContext, environment, configuration);
    }

    /** Creates further instances (other business units) from their own property prefix. */
    @Bean
    @ConditionalOnMissingBean
    SfmcJourneyComponentFactory sfmcJourneyComponentFactory(CamelContext camelContext,
                                                            ConfigurableEnvironment environment,
                                                            SfmcJourneyComponentConverter converter) {
        return new SfmcJourneyComponentFactory(camelContext, environment, converter);
    }

    /** Masks the secret options in the actuator's env and configprops endpoints. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorConfiguration {

        @Bean
        SfmcJourneySecretSanitizer sfmcJourneySecretSanitizer() {
            return new SfmcJourneySecretSanitizer();
        }
    }
}
