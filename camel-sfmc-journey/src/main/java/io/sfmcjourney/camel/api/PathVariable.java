package io.sfmcjourney.camel.api;

import java.util.Locale;
import java.util.function.Function;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;

/**
 * A value that fills a placeholder of a path template. Each has an endpoint option (its {@link #name()}) and a
 * header that overrides the option per message.
 */
public enum PathVariable {
    id(SfmcJourneyConstants.ID, SfmcJourneyEndpointOptions::getId),
    key(SfmcJourneyConstants.KEY, SfmcJourneyEndpointOptions::getKey),
    eventDefinitionId(SfmcJourneyConstants.EVENT_DEFINITION_ID, SfmcJourneyEndpointOptions::getEventDefinitionId);

    private final String header;
    private final Function<SfmcJourneyEndpointOptions, String> option;

    PathVariable(String header, Function<SfmcJourneyEndpointOptions, String> option) {
        this.header = header;
        this.option = option;
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
