package io.sfmcjourney.camel.docs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.api.QueryParam;
import io.sfmcjourney.camel.api.Replay;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;

/** Renders the reference tables of the component's .adoc from the component model and the method table. */
final class AdocTables {

    private AdocTables() {
    }

    static String methods() {
        StringBuilder table = header("Method table", "2,1,4,2,3,1,1,5",
                "Method", "Verb", "Path (under `/interaction/v1/`)", "Path values", "Query options", "Body",
                "Replayed after an ambiguous failure", "Description");
        for (SfmcJourneyMethod method : SfmcJourneyMethod.values()) {
            row(table, "`" + method.name() + "`", method.verb().name(), "`+" + method.path().template() + "+`",
                    method.pathVariables().stream().map(PathVariable::optionName).sorted()
                            .map(name -> "`" + name + "`").collect(Collectors.joining(", ")),
                    queryOptions(method), method.bodyPolicy().name().toLowerCase(),
                    replay(method.replay()), method.description());
        }
        return table.append("|===\n").toString();
    }

    static String options(String title, List<? extends BaseOptionModel> options) {
        StringBuilder table = header(title, "2,5,1,1", "Name", "Description", "Default", "Type");
        for (BaseOptionModel option : options) {
            String description = option.getDescription();
            if (option.getEnums() != null && !option.getEnums().isEmpty() && !"method".equals(option.getName())) {
                description += " Values: " + String.join(", ", option.getEnums()) + ".";
            }
            if (option.isSecret()) {
                description += " (secret)";
            }
            row(table, "*" + option.getName() + "* (" + option.getGroup() + ")", description,
                    option.getDefaultValue() == null ? "" : String.valueOf(option.getDefaultValue()),
                    option.getShortJavaType());
        }
        return table.append("|===\n").toString();
    }

    static String headers(ComponentModel model) {
        StringBuilder table = header("Message headers", "2,5,1", "Name", "Description", "Type");
        for (ComponentModel.EndpointHeaderModel header : model.getEndpointHeaders()) {
            row(table, "`" + header.getName() + "`", header.getDescription(), header.getJavaType());
        }
        return table.append("|===\n").toString();
    }

    private static String replay(Replay replay) {
        return switch (replay) {
            case SAFE -> "yes";
            case DELETE_VERIFIED_BY_404 -> "yes; a 404 to the replay means done";
            case NEVER -> "no (`retryAmbiguousFailures`)";
        };
    }

    private static String queryOptions(SfmcJourneyMethod method) {
        return Arrays.stream(QueryParam.values())
                .filter(method.queryParams()::contains)
                .map(param -> "`" + param.optionName() + "`"
                              + (method.requiredQueryParams().contains(param) ? " (required)" : "")
                              + (method.requiredOneOfQueryParams().contains(param) ? " (this or another marked so)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static StringBuilder header(String title, String cols, String... names) {
        StringBuilder table = new StringBuilder();
        table.append('.').append(title).append('\n');
        table.append("[width=\"100%\",cols=\"").append(cols).append("\",options=\"header\"]\n|===\n");
        for (String name : names) {
            table.append("| ").append(name).append(' ');
        }
        table.setLength(table.length() - 1);
        return table.append("\n\n");
    }

    private static void row(StringBuilder table, String... cells) {
        for (String cell : cells) {
            table.append(cell.isEmpty() ? "|" : "| " + cell.replace("|", "\\|")).append('\n');
        }
        table.append('\n');
    }
}
