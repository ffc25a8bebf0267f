package io.sfmcjourney.camel.api;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;

/**
 * A value that fills a placeholder of a path template. Each has an endpoint option (its {@link #name()}) and a
 * header that overrides the option per message.
 */
public enum PathVariable {
    id(SfmcJourneyConstants.ID, SfmcJourneyConfiguration::getId),
    key(SfmcJourneyConstants.KEY, SfmcJourneyConfiguration::getKey),
    eventDefinitionId(SfmcJourneyConstants.EVENT_DEFINITION_ID, SfmcJourneyConfiguration::getEventDefinitionId),
    action(SfmcJourneyConstants.AUDIT_ACTION, configuration -> null, SfmcJourneyEndpoint::getAction,
            Set.of("all", "create", "modify", "publish", "unpublish", "delete"));

    private final String header;
    private final Function<SfmcJourneyConfiguration, String> option;
    private final Function<SfmcJourneyEndpoint, String> endpointOption;
    private final Set<String> allowedValues;

    PathVariable(String header, Function<SfmcJourneyConfiguration, String> option) {
        this(header, option, null, Set.of());
    }

    PathVariable(String header, Function<SfmcJourneyConfiguration, String> option,
                 Function<SfmcJourneyEndpoint, String> endpointOption, Set<String> allowedValues) {
        this.header = header;
        this.option = option;
        this.endpointOption = endpointOption;
        this.allowedValues = allowedValues;
    }

    /** The endpoint option that supplies the value; equal to {@link #name()}. */
    public String optionName() {
        return name();
    }

    /** The header that overrides the option per message. */
    public String header() {
        return header;
    }

    /** The option's value in {@code configuration}, or null. */
    public String optionValue(SfmcJourneyConfiguration configuration) {
        return option.apply(configuration);
    }

    /** The option's value on {@code endpoint} (its own options, then its configuration), or null. */
    public String optionValue(SfmcJourneyEndpoint endpoint) {
        return endpointOption != null ? endpointOption.apply(endpoint) : option.apply(endpoint.getConfiguration());
    }

    /** The values SFMC accepts, or an empty set when any value is passed on. */
    public Set<String> allowedValues() {
        return allowedValues;
    }

    /**
     * The variable a template placeholder names. Matching ignores case because the API spells the same value
     * {@code eventDefinitionId} and {@code eventDefinitionID}.
     */
    public static PathVariable forPlaceholder(String placeholder) {
        for (PathVariable variable : values()) {
            if (variable.name().toLowerCase(Locale.ROOT).equals(placeholder.toLowerCase(Locale.ROOT))) {
                return variable;
            }
        }
        throw new IllegalArgumentException("Unknown path placeholder {" + placeholder + "}");
    }
}
