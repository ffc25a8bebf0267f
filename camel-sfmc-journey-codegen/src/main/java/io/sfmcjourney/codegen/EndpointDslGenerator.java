package io.sfmcjourney.codegen;

import static io.sfmcjourney.codegen.JavaSource.javadoc;
import static io.sfmcjourney.codegen.JavaSource.stringLiteral;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.sfmcjourney.codegen.ComponentModel.Option;

/**
 * Generates the fluent endpoint builder of the Java DSL from the component JSON's endpoint options
 * ({@code properties}), in the shape of Camel's own endpoint DSL ({@code camel-endpointdsl}): a consumer, a producer
 * and a common builder, each with an {@code advanced()} view, every option typed, and a {@code String} overload for
 * every non-text option (property placeholders, bean references, durations such as {@code 30s}).
 */
final class EndpointDslGenerator {

    static final String GENERATED = "io.sfmcjourney.codegen.EndpointDslGenerator";

    private final ComponentModel model;
    private final String p;

    EndpointDslGenerator(ComponentModel model) {
        this.model = model;
        this.p = model.typePrefix();
    }

    String dslPackage() {
        return model.javaPackage() + ".builder.endpoint";
    }

    void generate(Path javaDir) throws IOException {
        Path packageDir = javaDir.resolve(dslPackage().replace('.', '/'));
        JavaSource.write(packageDir.resolve(p + "EndpointBuilderFactory.java"), factory());
        JavaSource.write(packageDir.resolve(p + "Endpoints.java"), staticEntry());
    }

    String factory() {
        List<Option> options = model.endpointOptions().stream().filter(option -> !option.isPath()).toList();
        Predicate<Option> consumer = option -> option.hasLabel("consumer");
        Predicate<Option> producer = option -> option.hasLabel("producer");
        Predicate<Option> common = consumer.negate().and(producer.negate());
        Predicate<Option> advanced = option -> option.hasLabel("advanced");

        StringBuilder src = new StringBuilder(JavaSource.preamble(dslPackage(), "javax.annotation.processing.Generated",
                "", "org.apache.camel.builder.EndpointConsumerBuilder",
                "org.apache.camel.builder.EndpointProducerBuilder",
                "org.apache.camel.builder.endpoint.AbstractEndpointBuilder"));
        src.append(javadoc("", true, List.of(model.description(),
                "The Java DSL endpoint builders of the " + model.scheme() + " component, generated from its JSON "
                + "metadata by the build; do not edit.")));
        src.append("@Generated(\"").append(GENERATED).append("\")\n");
        src.append("public interface ").append(p).append("EndpointBuilderFactory {\n");

        String consumerBuilder = p + "EndpointConsumerBuilder";
        String producerBuilder = p + "EndpointProducerBuilder";
        String builder = p + "EndpointBuilder";
        builder(src, consumerBuilder, "EndpointConsumerBuilder", "consumer",
                options.stream().filter(common.or(consumer)).toList(), advanced);
        builder(src, producerBuilder, "EndpointProducerBuilder", "producer",
                options.stream().filter(common.or(producer)).toList(), advanced);
        builder(src, builder, consumerBuilder + ",\n                " + producerBuilder, "consumer and producer",
                options.stream().filter(common).toList(), advanced);

        src.append("\n    /** The {@code ").append(model.schemeMethodName())
                .append("(...)} entry points; a RouteBuilder implementing this interface calls them unqualified. */\n");
        src.append("    interface ").append(p).append("Builders {\n");
        entryMethods(src, "        ", "default " + builder);
        src.append("    }\n\n");

        src.append("    /** A builder of an endpoint URI {@code componentName:path?options}. */\n");
        src.append("    static ").append(builder).append(" endpointBuilder(String componentName, String path) {\n");
        src.append("        class ").append(builder).append("Impl extends AbstractEndpointBuilder implements ")
                .append(builder).append(", Advanced").append(builder).append(" {\n");
        src.append("            ").append(builder).append("Impl(String path) {\n");
        src.append("                super(componentName, path);\n            }\n        }\n");
        src.append("        return new ").append(builder).append("Impl(path);\n    }\n}\n");
        return src.toString();
    }

    /** The two entry methods, {@code scheme(path)} and {@code scheme(componentName, path)}. */
    private void entryMethods(StringBuilder src, String indent, String modifiersAndType) {
        String[] arguments = {stringLiteral(model.scheme()), "componentName"};
        String[] parameters = {"String path", "String componentName, String path"};
        for (int i = 0; i < 2; i++) {
            src.append(entryJavadoc(indent, i == 1));
            src.append(indent).append(modifiersAndType).append(' ').append(model.schemeMethodName()).append('(')
                    .append(parameters[i]).append(") {\n");
            src.append(indent).append("    return ").append(p).append("EndpointBuilderFactory.endpointBuilder(")
                    .append(arguments[i]).append(", path);\n");
            src.append(indent).append("}\n").append(i == 0 ? "\n" : "");
        }
    }

    String entryJavadoc(String indent, boolean withComponentName) {
        Option path = model.endpointOptions().stream().filter(Option::isPath).findFirst().orElse(null);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(model.title() + " (" + model.coordinates() + "): " + model.description());
        paragraphs.add("Syntax: " + model.syntax()
                       + (path == null ? "" : "; path parameter " + path.name() + ": " + path.description()
                       + (path.enums().isEmpty() ? "" : " One of: " + String.join(", ", path.enums()) + ".")));
        if (withComponentName) {
            paragraphs.add("componentName: the name the component is registered under, when not "
                           + model.scheme() + ".");
        }
        return javadoc(indent, true, paragraphs);
    }

    /** The static entry point, for {@code import static ...Endpoints.sfmcJourney}. */
    String staticEntry() {
        String builder = p + "EndpointBuilderFactory." + p + "EndpointBuilder";
        StringBuilder src = new StringBuilder(JavaSource.preamble(dslPackage(), "javax.annotation.processing.Generated"));
        src.append(javadoc("", true, List.of("Static entry points of the " + model.scheme() + " endpoint DSL, e.g. "
                + model.schemeMethodName() + "(\"<path>\") after a static import; generated, do not edit.")));
        src.append("@Generated(\"").append(GENERATED).append("\")\n");
        src.append("public final class ").append(p).append("Endpoints {\n\n");
        src.append("    private ").append(p).append("Endpoints() {\n    }\n\n");
        entryMethods(src, "    ", "public static " + builder);
        src.append("}\n");
        return src.toString();
    }

    private void builder(StringBuilder src, String name, String parents, String role, List<Option> options,
                         Predicate<Option> advanced) {
        String advancedName = "Advanced" + name;
        String advancedParents = parents.replace(p + "Endpoint", "Advanced" + p + "Endpoint");
        src.append("\n    /** Builder of a ").append(model.scheme()).append(" endpoint for ").append(role)
                .append(". */\n");
        src.append("    interface ").append(name).append("\n            extends ").append(parents).append(" {\n\n");
        src.append("        /** The advanced options. */\n");
        src.append("        default ").append(advancedName).append(" advanced() {\n");
        src.append("            return (").append(advancedName).append(") this;\n        }\n");
        options.stream().filter(advanced.negate()).forEach(option -> setters(src, name, option));
        src.append("    }\n");

        src.append("\n    /** Advanced builder of a ").append(model.scheme()).append(" endpoint for ").append(role)
                .append(". */\n");
        src.append("    interface ").append(advancedName).append("\n            extends ").append(advancedParents)
                .append(" {\n\n");
        src.append("        /** The basic options. */\n");
        src.append("        default ").append(name).append(" basic() {\n");
        src.append("            return (").append(name).append(") this;\n        }\n");
        options.stream().filter(advanced).forEach(option -> setters(src, advancedName, option));
        src.append("    }\n");
    }

    private void setters(StringBuilder src, String builder, Option option) {
        if (option.multiValue()) {
            multiValueSetters(src, builder, option);
            return;
        }
        String typed = parameterType(option);
        if (typed != null) {
            setter(src, builder, option, typed, "The option is a " + option.javaType() + ".");
        }
        setter(src, builder, option, "String", stringNote(option));
    }

    private void setter(StringBuilder src, String builder, Option option, String type, String typeNote) {
        src.append('\n').append(optionJavadoc(option, typeNote));
        if (option.deprecated()) {
            src.append("        @Deprecated\n");
        }
        src.append("        default ").append(builder).append(' ').append(option.name()).append('(').append(type)
                .append(' ').append(option.name()).append(") {\n");
        src.append("            doSetProperty(").append(stringLiteral(option.name())).append(", ")
                .append(option.name()).append(");\n");
        src.append("            return this;\n        }\n");
    }

    private void multiValueSetters(StringBuilder src, String builder, Option option) {
        String note = "A multi-value option with prefix " + option.prefix() + ": each call adds one entry.";
        src.append('\n').append(optionJavadoc(option, note));
        src.append("        default ").append(builder).append(' ').append(option.name())
                .append("(String key, Object value) {\n");
        src.append("            doSetMultiValueProperty(").append(stringLiteral(option.name())).append(", ")
                .append(stringLiteral(option.prefix())).append(" + key, value);\n");
        src.append("            return this;\n        }\n");
        src.append('\n').append(optionJavadoc(option, note));
        src.append("        default ").append(builder).append(' ').append(option.name())
                .append("(java.util.Map values) {\n");
        src.append("            doSetMultiValueProperties(").append(stringLiteral(option.name())).append(", ")
                .append(stringLiteral(option.prefix())).append(", values);\n");
        src.append("            return this;\n        }\n");
    }

    private static String optionJavadoc(Option option, String typeNote) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(option.description());
        paragraphs.add(typeNote);
        StringBuilder facts = new StringBuilder();
        if (!option.enums().isEmpty()) {
            facts.append("Values: ").append(String.join(", ", option.enums())).append(". ");
        }
        if (option.defaultValue() != null && !option.defaultValue().isEmpty()) {
            facts.append("Default: ").append(option.defaultValue()).append(". ");
        }
        facts.append("Group: ").append(option.group()).append('.');
        if (option.required()) {
            facts.append(" Required.");
        }
        if (option.secret()) {
            facts.append(" Secret: never shown in the endpoint URI of logs and errors.");
        }
        paragraphs.add(facts.toString());
        String doc = javadoc("        ", true, paragraphs);
        doc = doc.substring(0, doc.length() - "         */\n".length());
        return doc + "         *\n         * @param " + option.name() + " the value to set\n"
               + "         * @return the dsl builder\n         */\n";
    }

    /** The typed parameter, or null when the option is text (the String setter covers it). */
    static String parameterType(Option option) {
        String javaType = option.javaType();
        if ("java.lang.String".equals(javaType) || "string".equals(option.type())) {
            return null;
        }
        return JavaSource.shortLang(javaType);
    }

    private static String stringNote(Option option) {
        return switch (option.type()) {
            case "string", "enum" -> "java.lang.String".equals(option.javaType())
                    ? "The option is a java.lang.String."
                    : "The option will be converted to a " + option.javaType() + ".";
            case "duration" -> "The option will be converted to a " + option.javaType()
                               + " (milliseconds); a duration such as 30s, 5m or 1h30m is accepted too.";
            case "object" -> "The option will be converted to a " + option.javaType()
                             + "; a bean reference such as #bean:name is accepted.";
            default -> "The option will be converted to a " + option.javaType()
                       + " (property placeholders such as {{name}} are accepted).";
        };
    }
}
