package io.sfmcjourney.camel.producer;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;


import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.PathVariable;
import io.sfmcjourney.camel.api.QueryParam;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.Exchange;

/**
 * Builds the {@link SfmcRequest} of one method from a message: path values and query, then the body. A header
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
                pathDefaults.put(variable, value);
            }
        }
        for (QueryParam param : method.queryParams()) {
            Object value = param.optionValue(options);
            if (value != null) {
                queryDefaults.put(param.wireName(), value);
            }
        }
    }

    /** The method requests are built for. */
    public SfmcJourneyMethod method() {
        return method;
    }

    /**
     * The request for the exchange's message.
     *
     * @throws IllegalArgumentException when a path value, a required query parameter or a required body is missing,
     *                                  a header has the wrong type, or the body is not JSON
     */
    public SfmcRequest create(Exchange exchange) {
        String path = method.path().render(variable -> pathValue(exchange, variable));
        List<Map.Entry<String, String>> query = query(exchange);
        byte[] body = bodies.write(method, exchange);
        return new SfmcRequest(method.name(), method.verb().name(), path, query, body, method.replay());
    }

    private String pathValue(Exchange exchange, PathVariable variable) {
        String value = uriOptions.contains(variable.optionName()) ? null
                : HeaderValues.get(exchange, variable.header(), String.class);
        if (value == null) {
            value = pathDefaults.get(variable);
        }
        if (value == null || value.isBlank()) {
            throw missing(variable.optionName(), variable.header());
        }
        return value;
    }

    private List<Map.Entry<String, String>> query(Exchange exchange) {
        Map<String, Object> values = new LinkedHashMap<>(queryDefaults);
        for (QueryParam param : method.queryParams()) {
            if (param.header() != null && !uriOptions.contains(param.optionName())) {
                Object value = HeaderValues.get(exchange, param.header(), param.valueType());
                if (value != null) {
                    values.put(param.wireName(), value);
                }
            }
        }
        Map<?, ?> extra = HeaderValues.get(exchange, SfmcJourneyConstants.QUERY_PARAMETERS, Map.class);
        if (extra != null) {
            extra.forEach((name, value) -> values.put(String.valueOf(name), value));
        }
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
