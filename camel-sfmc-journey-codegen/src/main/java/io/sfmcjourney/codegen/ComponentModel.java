package io.sfmcjourney.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camel component as its generated JSON metadata ({@code META-INF/<package>/<scheme>.json}) describes it: the
 * component itself, its component options ({@code componentProperties}) and its endpoint options ({@code properties}).
 */
record ComponentModel(String scheme, String title, String description, String javaType, String groupId,
                      String artifactId, String firstVersion, String label, boolean consumerOnly, boolean producerOnly,
                      String syntax, List<Option> componentOptions, List<Option> endpointOptions) {

    /** One option, with the JSON's attributes the generators use. */
    record Option(String name, String kind, String type, String javaType, String label, String group,
                  String defaultValue, String description, List<String> enums, boolean secret, boolean required,
                  boolean deprecated, String deprecationNote, boolean multiValue, String prefix) {

        boolean hasLabel(String wanted) {
            for (String part : label.split(",")) {
                if (part.trim().equals(wanted)) {
                    return true;
                }
            }
            return false;
        }

        boolean isPath() {
            return "path".equals(kind);
        }
    }

    /** Reads the JSON of a class-path resource (the component jar on the generator's class path). */
    static ComponentModel fromResource(String resource) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        if (url == null) {
            url = ComponentModel.class.getClassLoader().getResource(resource);
        }
        if (url == null) {
            throw new IOException("The component JSON " + resource + " is not on the class path: add the component "
                                  + "as a dependency of the module that runs the generator");
        }
        try (InputStream in = url.openStream()) {
            return parse(new ObjectMapper().readTree(in));
        }
    }

    static ComponentModel parse(JsonNode root) {
        JsonNode component = root.required("component");
        return new ComponentModel(component.required("scheme").asText(), component.path("title").asText(),
                component.path("description").asText(), component.required("javaType").asText(),
                component.path("groupId").asText(), component.path("artifactId").asText(),
                component.path("firstVersion").asText(), component.path("label").asText(),
                component.path("consumerOnly").asBoolean(), component.path("producerOnly").asBoolean(),
                component.path("syntax").asText(), options(root.path("componentProperties")),
                options(root.path("properties")));
    }

    private static List<Option> options(JsonNode properties) {
        List<Option> options = new ArrayList<>();
        properties.properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            List<String> enums = new ArrayList<>();
            option.path("enum").forEach(value -> enums.add(value.asText()));
            options.add(new Option(entry.getKey(), option.path("kind").asText(), option.required("type").asText(),
                    option.required("javaType").asText(), option.path("label").asText(),
                    option.path("group").asText(),
                    option.hasNonNull("defaultValue") ? option.get("defaultValue").asText() : null,
                    option.path("description").asText(), enums, option.path("secret").asBoolean(),
                    option.path("required").asBoolean(), option.path("deprecated").asBoolean(),
                    option.path("deprecationNote").asText(), option.path("multiValue").asBoolean(),
                    option.path("prefix").asText()));
        });
        return options;
    }

    /** The component's Java package, e.g. {@code io.sfmcjourney.camel}. */
    String javaPackage() {
        return javaType.substring(0, javaType.lastIndexOf('.'));
    }

    /** The type name prefix, e.g. {@code SfmcJourney} of {@code SfmcJourneyComponent}. */
    String typePrefix() {
        String simpleName = javaType.substring(javaType.lastIndexOf('.') + 1);
        return simpleName.endsWith("Component") ? simpleName.substring(0, simpleName.length() - 9) : simpleName;
    }

    /** The scheme in camel case, e.g. {@code sfmcJourney} of {@code sfmc-journey}. */
    String schemeMethodName() {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : scheme.toCharArray()) {
            if (c == '-' || c == '.' || c == '+') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The Maven coordinates, e.g. {@code io.sfmcjourney:camel-sfmc-journey}. */
    String coordinates() {
        return groupId + ":" + artifactId;
    }

    /** {@code camelCase} as {@code camel-case}, as Spring Boot names properties. */
    static String dashed(String name) {
        StringBuilder dashed = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                dashed.append('-').append(Character.toLowerCase(c));
            } else {
                dashed.append(c);
            }
        }
        return dashed.toString().toLowerCase(Locale.ROOT);
    }
}
