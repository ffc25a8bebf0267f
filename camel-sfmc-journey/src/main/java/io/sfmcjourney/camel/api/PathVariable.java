package io.sfmcjourney.camel.api;

import java.util.Locale;
import java.util.function.Function;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;

/**
 * A value that fills a placeholder of a path template. Each has an endpoint option (its {@link #name()}) and a
 * header that overrides the option per message.
 */
public enum PathVariable {
    id(SfmcJourneyConstants.ID, SfmcJourneyConfiguration::getId),
    key(SfmcJourneyConstants.KEY, SfmcJourneyConfiguration::getKey),
    eventDefinitionId(SfmcJourneyConstants.EVENT_DEFINITION_ID, SfmcJourneyConfiguration::getEventDefinitionId);

    private final String header;
    private final Function<SfmcJourneyConfiguration, String> option;

    PathVariable(String header, Function<SfmcJourneyConfiguration, String> option) {
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

    /** The option's value in {@code configuration}, or null. */
    public String optionValue(SfmcJourneyConfiguration configuration) {
        return option.apply(configuration);
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
