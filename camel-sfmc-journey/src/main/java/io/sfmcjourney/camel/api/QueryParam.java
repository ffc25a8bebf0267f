package io.sfmcjourney.camel.api;

import java.util.function.Function;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;

/**
 * A query parameter an endpoint option maps to. The constant's {@link #name()} is the option name; {@link #wireName()}
 * is SFMC's spelling. An option is sent only for methods whose table row accepts it. {@link #id} and {@link #key} read
 * the same options and headers as the path variables of that name: they filter getInteractionCollection.
 */
public enum QueryParam {
    page("$page", Integer.class, SfmcJourneyConfiguration::getPage),
    pageSize("$pageSize", Integer.class, SfmcJourneyConfiguration::getPageSize),
    orderBy("$orderBy", String.class, SfmcJourneyConfiguration::getOrderBy),
    versionNumber("versionNumber", Integer.class, SfmcJourneyConfiguration::getVersionNumber,
            SfmcJourneyConstants.VERSION_NUMBER),
    status("status", String.class, SfmcJourneyConfiguration::getStatus),
    nameOrDescription("nameOrDescription", String.class, SfmcJourneyConfiguration::getNameOrDescription),
    mostRecentVersionOnly("mostRecentVersionOnly", Boolean.class, SfmcJourneyConfiguration::getMostRecentVersionOnly),
    extras("extras", String.class, SfmcJourneyConfiguration::getExtras),
    definitionType("definitionType", String.class, SfmcJourneyConfiguration::getDefinitionType),
    tag("tag", String.class, SfmcJourneyConfiguration::getTag),
    specificApiVersionNumber("specificApiVersionNumber", Integer.class,
            SfmcJourneyConfiguration::getSpecificApiVersionNumber),
    name("name", String.class, SfmcJourneyConfiguration::getName),
    allVersions("allVersions", Boolean.class, SfmcJourneyConfiguration::getAllVersions),
    type("type", String.class, SfmcJourneyConfiguration::getType),
    contactKey("contactKey", String.class, SfmcJourneyConfiguration::getContactKey),
    requestId("requestId", String.class, SfmcJourneyConfiguration::getRequestId),
    eventInstanceId("eventInstanceId", String.class, SfmcJourneyConfiguration::getEventInstanceId),
    eventDefinitionKey("eventDefinitionKey", String.class, SfmcJourneyConfiguration::getEventDefinitionKey),
    startDate("startDate", String.class, SfmcJourneyConfiguration::getStartDate),
    endDate("endDate", String.class, SfmcJourneyConfiguration::getEndDate),
    start("start", String.class, SfmcJourneyConfiguration::getStart),
    end("end", String.class, SfmcJourneyConfiguration::getEnd),
    definitionId("definitionId", String.class, SfmcJourneyConfiguration::getDefinitionId),
    activityType("activityType", String.class, SfmcJourneyConfiguration::getActivityType),
    id("id", String.class, SfmcJourneyConfiguration::getId, SfmcJourneyConstants.ID),
    key("key", String.class, SfmcJourneyConfiguration::getKey, SfmcJourneyConstants.KEY),
    format("format", SfmcJourneyEndpoint::getFormat),
    columns("columns", SfmcJourneyEndpoint::getColumns);

    private final String wireName;
    private final Class<?> valueType;
    private final Function<SfmcJourneyConfiguration, Object> option;
    private final Function<SfmcJourneyEndpoint, Object> endpointOption;
    private final String header;

    QueryParam(String wireName, Class<?> type, Function<SfmcJourneyConfiguration, Object> option) {
        this(wireName, type, option, null);
    }

    QueryParam(String wireName, Class<?> type, Function<SfmcJourneyConfiguration, Object> option, String header) {
        this.wireName = wireName;
        this.valueType = type;
        this.option = option;
        this.endpointOption = null;
        this.header = header;
    }

    /** A String option declared on the endpoint (not in the shared configuration), without a header. */
    QueryParam(String wireName, Function<SfmcJourneyEndpoint, Object> endpointOption) {
        this.wireName = wireName;
        this.valueType = String.class;
        this.option = configuration -> null;
        this.endpointOption = endpointOption;
        this.header = null;
    }

    /** The endpoint option; equal to {@link #name()}. */
    public String optionName() {
        return name();
    }

    /** The parameter name SFMC expects, e.g. {@code $pageSize}. */
    public String wireName() {
        return wireName;
    }

    /** The Java type of the option (and of its header, if any). */
    public Class<?> valueType() {
        return valueType;
    }

    /** The header that overrides the option per message, or null when only the option sets it. */
    public String header() {
        return header;
    }

    /** The option's value in {@code configuration}, or null when unset. */
    public Object optionValue(SfmcJourneyConfiguration configuration) {
        return option.apply(configuration);
    }

    /** The option's value on {@code endpoint} (its own options, then its configuration), or null when unset. */
    public Object optionValue(SfmcJourneyEndpoint endpoint) {
        return endpointOption != null ? endpointOption.apply(endpoint) : option.apply(endpoint.getConfiguration());
    }
}
