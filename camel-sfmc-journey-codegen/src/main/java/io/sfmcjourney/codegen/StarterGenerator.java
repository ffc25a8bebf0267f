package io.sfmcjourney.codegen;

import static io.sfmcjourney.codegen.JavaSource.boxed;
import static io.sfmcjourney.codegen.JavaSource.capitalize;
import static io.sfmcjourney.codegen.JavaSource.javadoc;
import static io.sfmcjourney.codegen.JavaSource.rawType;
import static io.sfmcjourney.codegen.JavaSource.stringLiteral;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sfmcjourney.codegen.ComponentModel.Option;

/**
 * Generates the Spring Boot starter's view of the component options, from the component JSON's
 * {@code componentProperties} only:
 * <ul>
 * <li>{@code <Prefix>ComponentConfiguration}: the {@code @ConfigurationProperties} class, one field per option with
 * the option's description as Javadoc (the Spring configuration processor turns it into the metadata) and its
 * default;</li>
 * <li>{@code <Prefix>ComponentOptions}: the secret options and the bean types of the object options;</li>
 * <li>{@code META-INF/additional-spring-configuration-metadata.json}: the starter's own switches and a value hint
 * per option with fixed values (enums).</li>
 * </ul>
 */
final class StarterGenerator {

    static final String GENERATED = "io.sfmcjourney.codegen.StarterGenerator";

    private final ComponentModel model;

    StarterGenerator(ComponentModel model) {
        this.model = model;
    }

    String springPackage() {
        return model.javaPackage() + ".springboot";
    }

    String prefix() {
        return "camel.component." + model.scheme();
    }

    void generate(Path javaDir, Path resourcesDir) throws IOException {
        Path packageDir = javaDir.resolve(springPackage().replace('.', '/'));
        JavaSource.write(packageDir.resolve(model.typePrefix() + "ComponentConfiguration.java"), configuration());
        JavaSource.write(packageDir.resolve(model.typePrefix() + "ComponentOptions.java"), optionsClass());
        JavaSource.write(resourcesDir.resolve("META-INF/additional-spring-configuration-metadata.json"),
                additionalMetadata());
    }

    String configuration() {
        String className = model.typePrefix() + "ComponentConfiguration";
        StringBuilder src = new StringBuilder(JavaSource.preamble(springPackage(), "java.time.Duration", "",
                "javax.annotation.processing.Generated", "",
                "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon",
                "org.springframework.boot.context.properties.ConfigurationProperties"));
        src.append(javadoc("", false, List.of(
                "The {@code " + prefix() + ".*} properties: one per component option of the {@code " + model.scheme()
                + "} component, with the option's description and default, generated from the component's JSON "
                + "metadata (componentProperties) by the build; do not edit. Durations accept a number of "
                + "milliseconds or a Spring Boot duration such as {@code 30s}; object options accept "
                + "{@code #bean:name}.",
                "Only the options an application sets are copied onto the component, so defaults stay the "
                + "component's own and a {@code configuration} bean is not overwritten by defaults.")));
        src.append("@Generated(\"").append(GENERATED).append("\")\n");
        src.append("@ConfigurationProperties(prefix = ").append(className).append(".PREFIX)\n");
        src.append("public class ").append(className).append(" extends ComponentConfigurationPropertiesCommon {\n\n");
        src.append("    /** The prefix of the component's properties. */\n");
        src.append("    public static final String PREFIX = ").append(stringLiteral(prefix())).append(";\n\n");
        for (Option option : model.componentOptions()) {
            src.append(javadoc("    ", false, List.of(option.description())));
            if (option.deprecated()) {
                src.append("    @Deprecated\n");
            }
            src.append("    private ").append(fieldType(option)).append(' ').append(option.name());
            String initializer = initializer(option);
            if (initializer != null) {
                src.append(" = ").append(initializer);
            }
            src.append(";\n\n");
        }
        for (Option option : model.componentOptions()) {
            String type = fieldType(option);
            String property = capitalize(option.name());
            if (option.deprecated()) {
                src.append("    @Deprecated\n");
                src.append("    @org.springframework.boot.context.properties.DeprecatedConfigurationProperty");
                if (!option.deprecationNote().isBlank()) {
                    src.append("(reason = ").append(stringLiteral(option.deprecationNote())).append(')');
                }
                src.append('\n');
            }
            src.append("    public ").append(type).append(" get").append(property).append("() {\n");
            src.append("        return ").append(option.name()).append(";\n    }\n\n");
            if (option.deprecated()) {
                src.append("    @Deprecated\n");
            }
            src.append("    public void set").append(property).append('(').append(type).append(' ')
                    .append(option.name()).append(") {\n");
            src.append("        this.").append(option.name()).append(" = ").append(option.name()).append(";\n    }\n\n");
        }
        src.setLength(src.length() - 1);
        return src.append("}\n").toString();
    }

    String optionsClass() {
        String className = model.typePrefix() + "ComponentOptions";
        StringBuilder src = new StringBuilder(JavaSource.preamble(springPackage(), "java.util.List", "java.util.Set",
                "", "javax.annotation.processing.Generated"));
        src.append(javadoc("", false, List.of("What the starter needs to know about the component options, generated "
                + "from the component's JSON metadata (componentProperties) by the build; do not edit.")));
        src.append("@Generated(\"").append(GENERATED).append("\")\n");
        src.append("final class ").append(className).append(" {\n\n");
        src.append("    /** The options marked secret. */\n");
        src.append("    static final List<String> SECRET_OPTIONS = List.of(");
        src.append(String.join(", ", model.componentOptions().stream().filter(Option::secret)
                .map(option -> stringLiteral(option.name())).toList()));
        src.append(");\n\n");
        src.append(javadoc("    ", false, List.of("The types of the object options, which take a bean reference; "
                + "types of the java.* packages (Object, Map, ...) are left out, a bean reference cannot be told "
                + "from a value there.")));
        src.append("    static final Set<Class<?>> BEAN_OPTION_TYPES = Set.of(");
        src.append(String.join(",\n            ", beanOptionTypes().stream().map(type -> type + ".class").toList()));
        src.append(");\n\n");
        src.append("    private ").append(className).append("() {\n    }\n}\n");
        return src.toString();
    }

    Set<String> beanOptionTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (Option option : model.componentOptions()) {
            String raw = rawType(option.javaType());
            if ("object".equals(option.type()) && !raw.startsWith("java.")) {
                types.add(raw);
            }
        }
        return types;
    }

    String additionalMetadata() throws IOException {
        List<Map<String, Object>> properties = new ArrayList<>();
        properties.add(property(prefix() + ".enabled", true, "Whether to enable auto configuration of the "
                + model.scheme() + " component. This is enabled by default."));
        properties.add(property(prefix() + ".customizer.enabled", null, "Whether the " + prefix()
                + ".* properties are applied to the " + model.scheme() + " component; unset follows "
                + "camel.component.customizer.enabled (enabled by default)."));
        List<Map<String, Object>> hints = new ArrayList<>();
        for (Option option : model.componentOptions()) {
            if (!option.enums().isEmpty()) {
                Map<String, Object> hint = new LinkedHashMap<>();
                hint.put("name", prefix() + "." + ComponentModel.dashed(option.name()));
                hint.put("values", option.enums().stream().map(value -> Map.of("value", value)).toList());
                hints.add(hint);
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("properties", properties);
        metadata.put("hints", hints);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(metadata) + "\n";
    }

    private static Map<String, Object> property(String name, Boolean defaultValue, String description) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("type", "java.lang.Boolean");
        if (defaultValue != null) {
            property.put("defaultValue", defaultValue);
        }
        property.put("description", description);
        return property;
    }

    /** The Spring-bindable field type: boxed, durations as {@link java.time.Duration}. */
    static String fieldType(Option option) {
        return switch (option.type()) {
            case "duration" -> "Duration";
            case "string" -> "String";
            case "enum" -> "java.lang.String".equals(option.javaType()) ? "String" : boxed(option.javaType());
            default -> JavaSource.shortLang(boxed(option.javaType()));
        };
    }

    static String initializer(Option option) {
        String value = option.defaultValue();
        if (value == null || value.isEmpty() && !"string".equals(option.type())) {
            return null;
        }
        String type = boxed(option.javaType());
        return switch (option.type()) {
            case "duration" -> value.matches("\\d+") ? "Duration.ofMillis(" + value + ")"
                    : "org.apache.camel.util.TimeUtils.toDuration(" + stringLiteral(value) + ")";
            case "boolean" -> Boolean.toString(Boolean.parseBoolean(value));
            case "integer" -> "java.lang.Long".equals(type) ? value + "L" : value;
            case "number" -> "java.lang.Float".equals(type) ? value + "F" : value + "D";
            case "string" -> stringLiteral(value);
            case "enum" -> "java.lang.String".equals(option.javaType()) ? stringLiteral(value)
                    : option.javaType() + "." + value;
            default -> null;
        };
    }
}
