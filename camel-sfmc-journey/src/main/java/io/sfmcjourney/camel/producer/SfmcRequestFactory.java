package io.sfmcjourney.camel.producer;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.api.QueryParam;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.Exchange;

/**
 * Builds the {@link SfmcRequest} of one method from a message (producers) or from given path values, query values
 * and body (consumers): path values and query, then the body. A header
 * overrides an option, except an option given in the endpoint URI ({@code uriOptions}): that one wins, so a header
 * left on the exchange by an earlier call cannot silently redirect this one. Option values are read once at
 * construction; everything missing fails before any HTTP call, naming the option and the header that would supply it.
 */
public final class SfmcRequestFactory {

    private final SfmcJourneyMethod method;
    private final Map<PathVariable, String> pathDefaults = new EnumMap<>(PathVariable.class);
    private final Map<String, Object> queryDefaults = new LinkedHashMap<>();
    private final RequestBodyWriter bodies;
    private final Set<String> uriOptions;

    /**
     * @param method        the API method
     * @param options       the endpoint's options
     */
    public SfmcRequestFactory(SfmcJourneyMethod method, SfmcJourneyEndpointOptions options) {
        this(method, options, Set.of());
    }

    /**
     * @param method        the API method
     * @param options       the endpoint's options
     * @param uriOptions    the options given in the endpoint URI, which win over headers
     */
    public SfmcRequestFactory(SfmcJourneyMethod method, SfmcJourneyEndpointOptions options,
                              Set<String> uriOptions) {
        this.method = method;
        this.uriOptions = Set.copyOf(uriOptions);
        this.bodies = new RequestBodyWriter(SfmcJson.mapper());
        for (PathVariable variable : method.pathVariables()) {
            String value = variable.optionValue(options);
            if (value != null) {
                pathDefaults.put(variable, checked(variable, value, "option " + variable.optionName()));
            }
        }
        for (QueryParam param : method.queryParams()) {
            Object value = param.optionValue(options);
            if (value != null) {
                queryDefaults.put(param.wireName(), value);
            }
        }
    }

    /**
     * @param endpoint the endpoint: its method, its options and the options of its URI
     */
    public SfmcRequestFactory(SfmcJourneyEndpoint endpoint) {
        this(endpoint.getMethod(), endpoint.getOptions(), endpoint.getUriOptions());
    }

    /** The method requests are built for. */
    public SfmcJourneyMethod method() {
        return method;
    }

    /**
     * The request for the exchange's message: path values and query from headers over options, the message body.
     *
     * @throws IllegalArgumentException when a path value, a required query parameter or a required body is missing,
     *                                  a header has the wrong type, or the body is not JSON
     */
    public SfmcRequest create(Exchange exchange) {
        return build(pathValues(exchange), queryValues(exchange),
                () -> bodies.write(method, exchange.getMessage().getBody(), exchange));
    }

    /** The path values the message's headers give; empty (and not allocated) for a method without variables. */
    private Map<PathVariable, String> pathValues(Exchange exchange) {
        if (method.pathVariables().isEmpty()) {
            return Map.of();
        }
        Map<PathVariable, String> pathValues = new EnumMap<>(PathVariable.class);
        for (PathVariable variable : method.pathVariables()) {
            if (!uriOptions.contains(variable.optionName())) {
                String value = HeaderValues.get(exchange, variable.header(), String.class);
                if (value != null) {
                    pathValues.put(variable, value);
                }
            }
        }
        return pathValues;
    }

    /** The query values the message's headers give, by wire name; empty (not allocated) when there are none. */
    private Map<String, Object> queryValues(Exchange exchange) {
        Map<String, Object> queryValues = null;
        for (QueryParam param : method.queryParams()) {
            if (param.header() != null && !uriOptions.contains(param.optionName())) {
                Object value = HeaderValues.get(exchange, param.header(), param.valueType());
                if (value != null) {
                    queryValues = queryValues == null ? new LinkedHashMap<>() : queryValues;
                    queryValues.put(param.wireName(), value);
                }
            }
        }
        Map<?, ?> extra = HeaderValues.get(exchange, SfmcJourneyConstants.QUERY_PARAMETERS, Map.class);
        if (extra != null && !extra.isEmpty()) {
            Map<String, Object> all = queryValues == null ? new LinkedHashMap<>() : queryValues;
            extra.forEach((name, value) -> all.put(String.valueOf(name), value));
            queryValues = all;
        }
        return queryValues == null ? Map.of() : queryValues;
    }

    /**
     * The request with these values over the endpoint's options, for callers that have no message (consumers).
     *
     * @param pathValues  values of the path's placeholders
     * @param queryValues query parameters by SFMC's name ({@link QueryParam#wireName()}); an {@link Iterable} value
     *                    repeats the parameter
     * @param body        the body (a Map, POJO, JsonNode or JSON text), or null
     * @throws IllegalArgumentException as {@link #create(Exchange)}
     */
    public SfmcRequest create(Map<PathVariable, String> pathValues, Map<String, ?> queryValues, Object body) {
        return build(pathValues, queryValues, () -> bodies.write(method, body, null));
    }

    private SfmcRequest build(Map<PathVariable, String> pathValues, Map<String, ?> queryValues, Supplier<byte[]> body) {
        String path = method.path().render(variable -> pathValue(pathValues.get(variable), variable));
        List<Map.Entry<String, String>> query = query(queryValues);
        return new SfmcRequest(method.name(), method.verb().name(), path, query, body.get(), method.replay());
    }

    private String pathValue(String given, PathVariable variable) {
        String value = given != null ? given : pathDefaults.get(variable);
        if (value == null || value.isBlank()) {
            throw missing(variable.optionName(), variable.header());
        }
        return checked(variable, value, "option " + variable.optionName() + " or header " + variable.header());
    }

    /** {@code value} when the variable accepts any value or this one; else a clear error naming {@code source}. */
    private String checked(PathVariable variable, String value, String source) {
        if (!variable.allowedValues().isEmpty() && !variable.allowedValues().contains(value)) {
            throw new IllegalArgumentException(method.name() + ": " + source + " is '" + value + "' but must be one of "
                                               + variable.allowedValues().stream().sorted()
                                                       .collect(Collectors.joining(", ")));
        }
        return value;
    }

    private List<Map.Entry<String, String>> query(Map<String, ?> given) {
        if (given.isEmpty() && queryDefaults.isEmpty() && method.requiredQueryParams().isEmpty()
            && method.requiredOneOfQueryParams().isEmpty()) {
            return List.of(); // most calls of methods without query parameters: nothing to check or copy
        }
        Map<String, Object> values = new LinkedHashMap<>(queryDefaults);
        values.putAll(given);
        for (QueryParam param : method.requiredQueryParams()) {
            if (values.get(param.wireName()) == null) {
                throw missing(param.optionName(), param.header());
            }
        }
        Set<QueryParam> oneOf = method.requiredOneOfQueryParams();
        if (!oneOf.isEmpty() && oneOf.stream().noneMatch(param -> given(values.get(param.wireName())))) {
            throw new IllegalArgumentException(method.name() + " needs one of " + oneOf.stream()
                    .map(param -> "'" + param.optionName() + "'"
                                  + (param.header() == null ? "" : " (header " + param.header() + ")"))
                    .collect(Collectors.joining(" or ")) + " (allVersions=true, not false): set it as an endpoint option"
                    + " or header");
        }
        return flatten(values);
    }

    /** Whether a value satisfies "one of": present, and not {@code false} ({@code allVersions=false} selects nothing). */
    private static boolean given(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !"false".equalsIgnoreCase(String.valueOf(value));
    }

    private static List<Map.Entry<String, String>> flatten(Map<String, Object> values) {
        List<Map.Entry<String, String>> query = new ArrayList<>(values.size());
        values.forEach((name, value) -> {
            if (value instanceof Iterable<?> many) {
                many.forEach(one -> query.add(new SimpleImmutableEntry<>(name, String.valueOf(one))));
            } else if (value != null) {
                query.add(new SimpleImmutableEntry<>(name, String.valueOf(value)));
            }
        });
        return query;
    }

    private IllegalArgumentException missing(String option, String header) {
        return new IllegalArgumentException(method.name() + " needs '" + option + "': set the endpoint option "
                                            + option + "=... or the header " + header);
    }
}
