package io.sfmcjourney.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;

/** The component options as the component's generated JSON ({@code componentProperties}) describes them. */
final class ComponentModel {

    static final String COMPONENT_JSON = "META-INF/io/sfmcjourney/camel/sfmc-journey.json";

    /** One component option. */
    record Option(String name, String type, String javaType, String defaultValue, String description,
                  List<String> enums, boolean secret) {

        /** The Spring Boot property name. */
        String property() {
            return SfmcJourneyComponentConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(name);
        }
    }

    private ComponentModel() {
    }

    static List<Option> options() {
        List<Option> options = new ArrayList<>();
        readJson(COMPONENT_JSON).get("componentProperties").properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            List<String> enums = new ArrayList<>();
            option.path("enum").forEach(value -> enums.add(value.asText()));
            options.add(new Option(entry.getKey(), option.get("type").asText(), option.get("javaType").asText(),
                    option.hasNonNull("defaultValue") ? option.get("defaultValue").asText() : null,
                    option.get("description").asText(), enums, option.path("secret").asBoolean()));
        });
        return options;
    }

    static JsonNode readJson(String resource) {
        URL url = ComponentModel.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return readJson(url);
    }

    /** A resource of the starter itself (several jars hold a file of that name). */
    static JsonNode readStarterJson(String resource) {
        try {
            URL root = SfmcJourneyComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
            return readJson(new URL(root, resource));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(URL url) {
        try (InputStream in = url.openStream()) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
