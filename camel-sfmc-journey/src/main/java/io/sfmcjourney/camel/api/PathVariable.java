package io.sfmcjourney.camel.api;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;

/**
 * A value that fills a placeholder of a path template. Each has an endpoint option (its {@link #name()}) and a
 * header that overrides the option per message.
 */
public enum PathVariable {
    id(SfmcJourneyConstants.ID, SfmcJourneyEndpointOptions::getId),
    key(SfmcJourneyConstants.KEY, SfmcJourneyEndpointOptions::getKey),
    eventDefinitionId(SfmcJourneyConstants.EVENT_DEFINITION_ID, SfmcJourneyEndpointOptions::getEventDefinitionId),
    action(SfmcJourneyConstants.AUDIT_ACTION, SfmcJourneyEndpointOptions::getAction,
            Set.of("all", "create", "modify", "publish", "unpublish", "delete"));

    private final String header;
    private final Function<SfmcJourneyEndpointOptions, String> option;
    private final Set<String> allowedValues;

    PathVariable(String header, Function<SfmcJourneyEndpointOptions, String> option) {
        this(header, option, Set.of());
    }

    PathVariable(String header, Function<SfmcJourneyEndpointOptions, String> option, Set<String> allowedValues) {
        this.header = header;
        this.option = option;
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

    /** The option's value in {@code options}, or null. */
    public String optionValue(SfmcJourneyEndpointOptions options) {
        return option.apply(options);
    }

    /** The option's value on {@code endpoint}, or null. */
    public String optionValue(SfmcJourneyEndpoint endpoint) {
        return option.apply(endpoint.getOptions());
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
