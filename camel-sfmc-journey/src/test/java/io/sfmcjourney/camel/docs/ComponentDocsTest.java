package io.sfmcjourney.camel.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * The generated tables of {@code src/main/docs/sfmc-journey-component.adoc} match the component JSON and the method
 * table. Run with {@code -Dsfmc.docs.update=true} to rewrite them.
 */
class ComponentDocsTest {

    private static final Path ADOC = Path.of("src/main/docs/sfmc-journey-component.adoc");
    private static final Pattern SECTION = Pattern.compile(
            "(// GENERATED (\\w+) BEGIN[^\\n]*\\n)(.*?)(// GENERATED \\2 END)", Pattern.DOTALL);

    @Test
    void generatedTablesAreCurrent() throws IOException {
        String current = Files.readString(ADOC, StandardCharsets.UTF_8);
        String rendered = render(current, tables());

        if (Boolean.getBoolean("sfmc.docs.update") && !current.equals(rendered)) {
            Files.writeString(ADOC, rendered, StandardCharsets.UTF_8);
            current = Files.readString(ADOC, StandardCharsets.UTF_8);
        }
        assertThat(current).as(ADOC + " is stale: run mvn -pl camel-sfmc-journey test -Dtest=ComponentDocsTest "
                               + "-Dsfmc.docs.update=true").isEqualTo(rendered);
    }

    @Test
    void docsHaveEveryGeneratedSection() throws IOException {
        String current = Files.readString(ADOC, StandardCharsets.UTF_8);
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = SECTION.matcher(current);
        while (matcher.find()) {
            found.put(matcher.group(2), matcher.group(3));
        }
        assertThat(found).containsOnlyKeys(tables().keySet());
        assertThat(current).startsWith("= SFMC Journey Builder Component").contains(":shortname: sfmc-journey");
    }

    private static Map<String, String> tables() {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            ComponentModel model = JsonMapper.generateComponentModel(
                    ((CatalogCamelContext) context).getComponentParameterJsonSchema("sfmc-journey"));
            Map<String, String> tables = new LinkedHashMap<>();
            tables.put("methods", AdocTables.methods());
            tables.put("componentOptions", AdocTables.options("Component options", model.getComponentOptions()));
            tables.put("endpointPathOptions", AdocTables.options("Path parameters",
                    model.getEndpointPathOptions()));
            tables.put("endpointQueryOptions", AdocTables.options("Query parameters",
                    model.getEndpointParameterOptions()));
            tables.put("headers", AdocTables.headers(model));
            return tables;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String render(String adoc, Map<String, String> tables) {
        Matcher matcher = SECTION.matcher(adoc);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String table = tables.get(matcher.group(2));
            String replacement = table == null ? matcher.group() : matcher.group(1) + table + matcher.group(4);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
