package io.sfmcjourney.camel.api;

import java.util.function.Function;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;

/**
 * A query parameter an endpoint option maps to. The constant's {@link #name()} is the option name; {@link #wireName()}
 * is SFMC's spelling. An option is sent only for methods whose table row accepts it. {@link #id} and {@link #key} read
 * the same options and headers as the path variables of that name: they filter getInteractionCollection.
 */
public enum QueryParam {
    page("$page", Integer.class, SfmcJourneyEndpointOptions::getPage),
    pageSize("$pageSize", Integer.class, SfmcJourneyEndpointOptions::getPageSize),
    orderBy("$orderBy", String.class, SfmcJourneyEndpointOptions::getOrderBy),
    versionNumber("versionNumber", Integer.class, SfmcJourneyEndpointOptions::getVersionNumber,
            SfmcJourneyConstants.VERSION_NUMBER),
    status("status", String.class, SfmcJourneyEndpointOptions::getStatus),
    nameOrDescription("nameOrDescription", String.class, SfmcJourneyEndpointOptions::getNameOrDescription),
    mostRecentVersionOnly("mostRecentVersionOnly", Boolean.class, SfmcJourneyEndpointOptions::getMostRecentVersionOnly),
    extras("extras", String.class, SfmcJourneyEndpointOptions::getExtras),
    definitionType("definitionType", String.class, SfmcJourneyEndpointOptions::getDefinitionType),
    tag("tag", String.class, SfmcJourneyEndpointOptions::getTag),
    specificApiVersionNumber("specificApiVersionNumber", Integer.class,
            SfmcJourneyEndpointOptions::getSpecificApiVersionNumber),
    name("name", String.class, SfmcJourneyEndpointOptions::getName),
    allVersions("allVersions", Boolean.class, SfmcJourneyEndpointOptions::getAllVersions),
    type("type", String.class, SfmcJourneyEndpointOptions::getType),
    contactKey("contactKey", String.class, SfmcJourneyEndpointOptions::getContactKey),
    requestId("requestId", String.class, SfmcJourneyEndpointOptions::getRequestId),
    eventInstanceId("eventInstanceId", String.class, SfmcJourneyEndpointOptions::getEventInstanceId),
    eventDefinitionKey("eventDefinitionKey", String.class, SfmcJourneyEndpointOptions::getEventDefinitionKey),
    startDate("startDate", String.class, SfmcJourneyEndpointOptions::getStartDate),
    endDate("endDate", String.class, SfmcJourneyEndpointOptions::getEndDate),
    start("start", String.class, SfmcJourneyEndpointOptions::getStart),
    end("end", String.class, SfmcJourneyEndpointOptions::getEnd),
    definitionId("definitionId", String.class, SfmcJourneyEndpointOptions::getDefinitionId),
    activityType("activityType", String.class, SfmcJourneyEndpointOptions::getActivityType),
    id("id", String.class, SfmcJourneyEndpointOptions::getId, SfmcJourneyConstants.ID),
    key("key", String.class, SfmcJourneyEndpointOptions::getKey, SfmcJourneyConstants.KEY),
    format("format", String.class, SfmcJourneyEndpointOptions::getFormat),
    columns("columns", String.class, SfmcJourneyEndpointOptions::getColumns);

    private final String wireName;
    private final Class<?> valueType;
    private final Function<SfmcJourneyEndpointOptions, Object> option;
    private final String header;

    QueryParam(String wireName, Class<?> type, Function<SfmcJourneyEndpointOptions, Object> option) {
        this(wireName, type, option, null);
    }

    QueryParam(String wireName, Class<?> type, Function<SfmcJourneyEndpointOptions, Object> option, String header) {
        this.wireName = wireName;
        this.valueType = type;
        this.option = option;
        this.header = header;
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

    /** The option's value in {@code options}, or null when unset. */
    public Object optionValue(SfmcJourneyEndpointOptions options) {
        return option.apply(options);
    }

    /** The option's value on {@code endpoint}, or null when unset. */
    public Object optionValue(SfmcJourneyEndpoint endpoint) {
        return option.apply(endpoint.getOptions());
    }
}
