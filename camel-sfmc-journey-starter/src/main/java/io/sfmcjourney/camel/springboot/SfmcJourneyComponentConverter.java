package io.sfmcjourney.camel.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.util.ClassUtils;

/**
 * Binds the object options of the component (such as {@code configuration}, {@code http-client-configurer} or
 * {@code ssl-context-parameters}; the types come from the component JSON, see {@link SfmcJourneyComponentOptions}) to
 * Spring beans: {@code #bean:name} or {@code #name} by bean name, {@code #type:class} by type (the one bean of that
 * class).
 */
public class SfmcJourneyComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_OPTION_TYPES = SfmcJourneyComponentOptions.BEAN_OPTION_TYPES;
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
