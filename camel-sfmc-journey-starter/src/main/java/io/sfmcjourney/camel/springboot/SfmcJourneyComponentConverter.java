package io.sfmcjourney.camel.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.consumer.PublishStore;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.util.ClassUtils;

/**
 * Binds the object options of the component ({@code configuration}, {@code http-client-configurer},
 * {@code ssl-context-parameters}, {@code watermark-repository}, {@code idempotent-repository}, {@code publish-store}) to Spring beans: {@code #bean:name} or {@code #name} by bean name, {@code #type:class}
 * by type (the one bean of that class).
 */
public class SfmcJourneyComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_OPTION_TYPES
            = Set.of(SfmcJourneyConfiguration.class, HttpClientConfigurer.class, SSLContextParameters.class,
                     StateRepository.class, IdempotentRepository.class, PublishStore.class);
    private static final String BEAN_PREFIX = "#bean:";
    private static final String TYPE_PREFIX = "#type:";

    private final BeanFactory beanFactory;

    public SfmcJourneyComponentConverter(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return BEAN_OPTION_TYPES.stream().map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        Class<?> optionType = targetType.getType();
        if (reference.startsWith(TYPE_PREFIX)) {
            return beanFactory.getBean(beanClass(reference.substring(TYPE_PREFIX.length()), optionType));
        }
        if (reference.startsWith(BEAN_PREFIX)) {
            return beanFactory.getBean(reference.substring(BEAN_PREFIX.length()), optionType);
        }
        if (reference.startsWith("#")) {
            return beanFactory.getBean(reference.substring(1), optionType);
        }
        throw new IllegalArgumentException("A " + optionType.getName() + " option takes a bean reference: #bean:name, "
                                           + "#name or #type:class, not '" + reference + "'");
    }

    private Class<?> beanClass(String className, Class<?> optionType) {
        Class<?> type = ClassUtils.resolveClassName(className, ClassUtils.getDefaultClassLoader());
        if (!optionType.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " is not a " + optionType.getName());
        }
        return type;
    }
}
